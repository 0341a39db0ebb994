// gen_corpus.h — `kioskctl gen-corpus`: a large synthetic content folder for the search benchmark.
//
// Search has to be measured over a catalog the size a county accumulates in twenty years, not over the demo's 73
// documents. gen-corpus writes a complete content folder that `kioskctl pack` accepts as it is: the demo's office,
// guides, fees, notices and calendar copied unchanged, and a catalog of N rows whose titles, 文号, keywords and bodies
// are cut from the demo's own text with names, years and amounts varied. So the character distribution and the
// phrases a visitor types are those of real disclosure documents, and index sizes and query times mean something.
// The output depends only on the sources, N and the seed (not on the thread count or the machine).
#pragma once

#include <string>
#include <vector>

namespace kiosk::tools {

// kioskctl gen-corpus --entries N -o DIR [--seed S] [--from CONTENT_DIR]. Exit 0 ok; 1 when the sources cannot be
// read or the output cannot be written; 2 on a bad command line (or an output folder it must not overwrite).
int cmd_gen_corpus(const std::vector<std::string>& args);

}  // namespace kiosk::tools
