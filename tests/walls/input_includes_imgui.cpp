// Must not compile: the input engines are plain C++ and ImGui is not theirs (walls.input_cannot_include_imgui).
#include <imgui.h>
