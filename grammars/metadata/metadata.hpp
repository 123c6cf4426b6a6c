#pragma once
// Metadata lines of news copy and official documents: datelines, dates, date lines, date stamps,
// photo credits, editor lines.
#include "config.hpp"
#include "metadata/ast.hpp"

namespace precis::grammar::meta {

struct dateline_class;
struct date_stamp_class;
struct full_date_class;
struct date_line_class;
struct caption_credit_class;
struct editor_line_class;
struct time_stamp_line_class;

using dateline_type = x3::rule<dateline_class, ast::dateline>;
using date_stamp_type = x3::rule<date_stamp_class, std::string>;
using full_date_type = x3::rule<full_date_class, ast::full_date>;
using date_line_type = x3::rule<date_line_class, ast::full_date>;
using caption_credit_type = x3::rule<caption_credit_class>;
using editor_line_type = x3::rule<editor_line_class>;
using time_stamp_line_type = x3::rule<time_stamp_line_class>;

BOOST_SPIRIT_DECLARE(dateline_type, date_stamp_type, full_date_type, date_line_type,
                     caption_credit_type, editor_line_type, time_stamp_line_type)

/// `BEIJING, Dec. 11 (Xinhua) -- `, `WASHINGTON, D.C. – `, `(CNN) ` at a paragraph start.
dateline_type const& dateline();
/// ` date 2024-12-18 ` at a paragraph start (a scraper's date stamp); yields the date.
date_stamp_type const& date_stamp();
/// A date with day, month and year: `March 13, 2023`, `20 March 1978`, `12th April, 1957`,
/// `1 [May]2 1968` (an editor's bracket and a footnote mark), `2024-07-02`, `04/16/2026`.
full_date_type const& full_date();
/// A whole paragraph that is a date, after place or kind lead-ins: `Canberra, 20 March 1978`,
/// `Letter, Canberra, 8 March 1951`, `February 8, 2006`, `THE WHITE HOUSE,⏎May 12, 2025.`
date_line_type const& date_line();
/// `(Xinhua/Zhang Ling)` or `(Photo: ...)` closing a paragraph: the paragraph is a caption.
caption_credit_type const& caption_credit();
/// `(Web editor: Zhang Kaiwei, Zhong Wenxing)`: the whole paragraph.
editor_line_type const& editor_line();
/// `Xinhua) 08:54, December 18, 2024`: the whole paragraph.
time_stamp_line_type const& time_stamp_line();

}  // namespace precis::grammar::meta
