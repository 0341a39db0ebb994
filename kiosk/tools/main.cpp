// kioskctl — the staff's and CI's command-line tool. All the work is in kioskctl_commands.cpp, so this stays thin.
#include "tools/kioskctl_commands.h"

int main(int argc, char** argv) {
    return kiosk::tools::run_kioskctl(argc, argv);
}
