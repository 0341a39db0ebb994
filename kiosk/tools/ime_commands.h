// ime_commands.h — kioskctl's commands for the 拼音 keyboard's data (kiosk/input/pinyin_engine):
//   ime-deploy --content SNAPSHOT.db --data DIR   deploy Rime's data with the snapshot's terms into DIR/ime-pinyin
//   ime-type --data DIR [--stock] LETTERS         type LETTERS (digits 1–6 pick from the page) and print the candidates
//   bench ime [--content SNAPSHOT.db] [--work DIR]  deployment, start and per-keystroke figures against stock luna
#pragma once

#include <string>
#include <vector>

namespace kiosk::tools {

int cmd_ime_deploy(const std::vector<std::string>& args);
int cmd_ime_type(const std::vector<std::string>& args);
int cmd_bench_ime(const std::vector<std::string>& args);

}  // namespace kiosk::tools
