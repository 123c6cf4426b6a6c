#pragma once
// Metadata lines of news copy: datelines, date stamps, photo credits, editor lines.
#include "config.hpp"
#include "metadata/ast.hpp"

namespace precis::grammar::meta {

struct dateline_class;
struct date_stamp_class;
struct caption_credit_class;
struct editor_line_class;
struct time_stamp_line_class;

using dateline_type = x3::rule<dateline_class, ast::dateline>;
using date_stamp_type = x3::rule<date_stamp_class, std::string>;
using caption_credit_type = x3::rule<caption_credit_class>;
using editor_line_type = x3::rule<editor_line_class>;
using time_stamp_line_type = x3::rule<time_stamp_line_class>;

BOOST_SPIRIT_DECLARE(dateline_type, date_stamp_type, caption_credit_type, editor_line_type,
                     time_stamp_line_type)

/// `BEIJING, Dec. 11 (Xinhua) -- `, `WASHINGTON (Reuters) - `, `(CNN) ` at a paragraph start.
dateline_type const& dateline();
/// ` date 2024-12-18 ` at a paragraph start (a scraper's date stamp); yields the date.
date_stamp_type const& date_stamp();
/// `(Xinhua/Zhang Ling)` or `(Photo: ...)` closing a paragraph: the paragraph is a caption.
caption_credit_type const& caption_credit();
/// `(Web editor: Zhang Kaiwei, Zhong Wenxing)`: the whole paragraph.
editor_line_type const& editor_line();
/// `Xinhua) 08:54, December 18, 2024`: the whole paragraph.
time_stamp_line_type const& time_stamp_line();

}  // namespace precis::grammar::meta
