// search_synonyms.h — placeholder until the synonyms sheet lands.
#pragma once
#include <string>
#include <vector>
struct sqlite3;
namespace kiosk::core {
std::vector<std::vector<std::string>> read_synonym_groups(sqlite3* db);
}
