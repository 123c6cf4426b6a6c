#pragma once
#include "metadata/ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(precis::grammar::ast::day_date, month, day, year)
BOOST_FUSION_ADAPT_STRUCT(precis::grammar::ast::dateline, place, date, agency)
