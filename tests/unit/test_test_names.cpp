// test_test_names.cpp — every test case can be run alone by its name, as ctest does.
//
// catch_discover_tests makes one ctest test per name and runs it as `unit_tests NAME`. CMake splits a name at `;`
// into two arguments, and Catch reads `*` at either end as a wildcard, `~` in front as "not", and `"` and `\` as
// quoting: each half then matches nothing and (without -w NoTests) passes as "No tests ran". A name with any of these
// would silently drop its test from the suite, so none may have them.
#include <catch2/catch.hpp>

#include <string>

namespace {

std::string why_unsplittable(const std::string& name) {
    if (name.empty()) return "empty";
    if (name.find(';') != std::string::npos) return "';' splits it into two ctest arguments";
    if (name.find('"') != std::string::npos || name.find('\\') != std::string::npos) return "quote or backslash";
    if (name.front() == '*' || name.back() == '*') return "'*' at an end is a Catch wildcard";
    if (name.front() == '~' || name.front() == '#') return "'~' or '#' in front is Catch test-spec syntax";
    if (name.front() == ' ' || name.back() == ' ') return "spaces at an end are trimmed by the test spec";
    return "";
}

}  // namespace

TEST_CASE("no test name can be split or read as a pattern by ctest and Catch", "[suite]") {
    const auto& tests = Catch::getAllTestCasesSorted(*Catch::getCurrentContext().getConfig());
    REQUIRE(tests.size() > 100);  // the registry really is the suite's, not an empty one
    for (const Catch::TestCase& t : tests) {
        INFO(t.getTestCaseInfo().lineInfo.file << ":" << t.getTestCaseInfo().lineInfo.line << " " << t.name);
        CHECK(why_unsplittable(t.name) == "");
    }
    // The check itself: a name like the ones that once slipped through is caught.
    CHECK(why_unsplittable("a key pair signs; any change breaks it") != "");
    CHECK(why_unsplittable("*anything") != "");
}
