// schema.cpp — the snapshot's tables. See schema.h.
//
// Why these choices:
// - STRICT tables and CHECKs catch a pack bug at write time instead of a kiosk showing a wrong value months later;
//   they cost nothing at read time.
// - Dates are TEXT in YYYY-MM-DD, so string order is date order and the GLOB check keeps it that way.
// - documents.year is stored (not computed from published_date) so the year filter can use an index.
// - fees.source_order keeps the staff's order; the grouping by category is done in the query (content_store.cpp).
// - Chinese enumerations are stored as short English tokens so a typo in a source can never become a fourth value.
#include "core/snapshot/schema.h"

namespace kiosk::core {

const char* const kSnapshotSchemaSql = R"SQL(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE office (
    key   TEXT PRIMARY KEY NOT NULL,   -- 项目 as in office.csv, e.g. 机关名称
    value TEXT NOT NULL
) STRICT;

CREATE TABLE documents (
    id             INTEGER PRIMARY KEY,
    index_no       TEXT NOT NULL UNIQUE,                 -- 索引号
    title          TEXT NOT NULL CHECK (title <> ''),    -- 标题
    doc_no         TEXT NOT NULL DEFAULT '',             -- 文号
    issuer         TEXT NOT NULL CHECK (issuer <> ''),   -- 发布机构
    category       TEXT NOT NULL CHECK (category <> ''), -- 主题分类
    genre          TEXT NOT NULL DEFAULT '',             -- 体裁分类
    written_date   TEXT NOT NULL CHECK (written_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    published_date TEXT NOT NULL CHECK (published_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    year           INTEGER NOT NULL CHECK (year = CAST(substr(published_date, 1, 4) AS INTEGER)),
    validity       TEXT NOT NULL CHECK (validity IN ('valid', 'expired', 'repealed')),
    keywords       TEXT NOT NULL DEFAULT '',             -- 主题词, '；'-separated
    summary        TEXT NOT NULL DEFAULT '',             -- 内容概述
    names          TEXT NOT NULL DEFAULT '',             -- 人名, '；'-separated: kept as written in 繁體字
    body           TEXT NOT NULL                         -- 正文, Markdown subset
) STRICT;
CREATE INDEX documents_by_date     ON documents (published_date DESC, index_no);
CREATE INDEX documents_by_category ON documents (category, published_date DESC, index_no);
CREATE INDEX documents_by_year     ON documents (year, published_date DESC, index_no);

CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    ordinal     INTEGER NOT NULL CHECK (ordinal >= 1),
    name        TEXT NOT NULL CHECK (name <> ''),
    mime        TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
    data        BLOB NOT NULL,
    caption     TEXT NOT NULL DEFAULT '',             -- 附件说明; '' = none given (shown as 附件N)
    UNIQUE (document_id, ordinal)
) STRICT;

CREATE TABLE guides (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE CHECK (code <> ''),   -- 事项编码
    name            TEXT NOT NULL CHECK (name <> ''),          -- 事项名称
    kind            TEXT NOT NULL,                             -- 事项类型
    agency          TEXT NOT NULL,                             -- 实施机构
    basis           TEXT NOT NULL,                             -- 设定依据
    conditions      TEXT NOT NULL,                             -- 受理条件
    legal_days      INTEGER NOT NULL CHECK (legal_days >= 0),  -- 法定办结时限
    promised_days   INTEGER NOT NULL CHECK (promised_days >= 0 AND promised_days <= legal_days),
    charged         INTEGER NOT NULL CHECK (charged IN (0, 1)),
    fee             TEXT NOT NULL DEFAULT '',                  -- 收费标准及依据
    place           TEXT NOT NULL,
    hours           TEXT NOT NULL,
    phone           TEXT NOT NULL,
    complaint_phone TEXT NOT NULL,
    visits          INTEGER NOT NULL CHECK (visits >= -1),     -- 到现场次数; -1 = not stated
    progress        TEXT NOT NULL DEFAULT ''                   -- 进度查询
) STRICT;

CREATE TABLE guide_materials (
    id               INTEGER PRIMARY KEY,
    guide_id         INTEGER NOT NULL REFERENCES guides (id),
    ordinal          INTEGER NOT NULL,
    name             TEXT NOT NULL CHECK (name <> ''),
    copies           INTEGER NOT NULL CHECK (copies >= 1),
    original_or_copy TEXT NOT NULL CHECK (original_or_copy IN ('原件', '复印件', '原件和复印件')),
    medium           TEXT NOT NULL CHECK (medium IN ('纸质', '电子', '纸质或电子')),
    note             TEXT NOT NULL DEFAULT '',
    UNIQUE (guide_id, ordinal)
) STRICT;

CREATE TABLE guide_steps (
    id          INTEGER PRIMARY KEY,
    guide_id    INTEGER NOT NULL REFERENCES guides (id),
    ordinal     INTEGER NOT NULL,
    name        TEXT NOT NULL CHECK (name <> ''),
    description TEXT NOT NULL,
    UNIQUE (guide_id, ordinal)
) STRICT;

CREATE TABLE fees (
    id             INTEGER PRIMARY KEY,
    source_order   INTEGER NOT NULL UNIQUE,   -- row order in fees.csv
    category       TEXT NOT NULL CHECK (category <> ''),
    item           TEXT NOT NULL CHECK (item <> ''),
    amount         REAL,                      -- NULL when the standard is text only
    unit           TEXT NOT NULL DEFAULT '',
    standard_text  TEXT NOT NULL DEFAULT '',
    basis          TEXT NOT NULL,
    approver       TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    effective_date TEXT NOT NULL CHECK (effective_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    CHECK ((amount IS NOT NULL AND unit <> '') OR (amount IS NULL AND standard_text <> ''))
) STRICT;

CREATE TABLE announcements (
    id             INTEGER PRIMARY KEY,
    title          TEXT NOT NULL CHECK (title <> ''),
    published_date TEXT NOT NULL CHECK (published_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    expires_date   TEXT NOT NULL DEFAULT '' CHECK (expires_date = '' OR expires_date >= published_date),
    body           TEXT NOT NULL
) STRICT;

CREATE TABLE pages (
    key   TEXT PRIMARY KEY NOT NULL,   -- 'disclosure_guide'
    title TEXT NOT NULL,
    body  TEXT NOT NULL                -- Markdown subset
) STRICT;

CREATE TABLE calendar (
    date TEXT PRIMARY KEY NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),   -- 休 / 班
    name TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE calendar_years (
    year INTEGER PRIMARY KEY
) STRICT;

-- Words a visitor may type for the same thing (core/search/search_synonyms.h): the built-in groups merged with the
-- county's synonyms.csv. Words as written; search folds them as it folds queries. Rows of a group in order.
CREATE TABLE search_synonyms (
    id     INTEGER PRIMARY KEY,
    grp    INTEGER NOT NULL CHECK (grp >= 1),
    word   TEXT NOT NULL UNIQUE CHECK (word <> ''),
    origin TEXT NOT NULL CHECK (origin IN ('builtin', 'sheet'))   -- the program's own list, or synonyms.csv
) STRICT;

-- How words are read aloud where the dictionary's reading is wrong or missing (core/zh/reading.h): the county's
-- 读音 sheet (readings.csv). Word as written (either script), syllables tone-numbered ("xiang1 ying4").
CREATE TABLE readings (
    word     TEXT PRIMARY KEY NOT NULL CHECK (word <> ''),
    syllables TEXT NOT NULL CHECK (syllables <> '')
) STRICT;

-- Recorded readings played instead of synthesis (core/content/recorded_audio.h): the county's 录音 sheet
-- (recordings.csv). kind: 'guide' (办事指南, ref = 事项名称), 'notice' (通知公告, ref = 标题), 'page' (ref = page key:
-- 'disclosure_guide'). The audio as packed (Ogg Vorbis or Ogg Opus), checked to decode at pack time.
CREATE TABLE recordings (
    kind        TEXT NOT NULL CHECK (kind IN ('guide', 'notice', 'page')),
    ref         TEXT NOT NULL CHECK (ref <> ''),
    format      TEXT NOT NULL CHECK (format IN ('vorbis', 'opus')),
    duration_ms INTEGER NOT NULL CHECK (duration_ms > 0),
    data        BLOB NOT NULL,
    PRIMARY KEY (kind, ref)
) STRICT, WITHOUT ROWID;
)SQL";

}  // namespace kiosk::core
