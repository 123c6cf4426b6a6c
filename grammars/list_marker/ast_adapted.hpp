#pragma once
#include "list_marker/ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(precis::grammar::ast::list_marker, open, body, close)
