#include "core/search/search_synonyms.h"
namespace kiosk::core {
std::vector<std::vector<std::string>> read_synonym_groups(sqlite3*) { return {{"低保", "最低生活保障", "城乡低保"}}; }
}
