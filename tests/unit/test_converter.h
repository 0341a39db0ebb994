// test_converter.h — one OpenCC converter for all tests: opening loads its dictionaries (tens of milliseconds).
#pragma once

#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "core/zh/chinese_convert.h"

namespace test_support {

inline const kiosk::core::ChineseConverter& shared_converter() {
    static const std::unique_ptr<kiosk::core::ChineseConverter> c = [] {
        std::string error;
        auto opened = kiosk::core::ChineseConverter::open(&error);
        if (!opened) FAIL(error);
        return opened;
    }();
    return *c;
}

}  // namespace test_support
