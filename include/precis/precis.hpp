#pragma once
// The umbrella header: everything a user of precis needs.
#include <precis/error.hpp>
#include <precis/extract/enumeration.hpp>
#include <precis/extract/extract.hpp>
#include <precis/format.hpp>
#include <precis/summarize/keywords.hpp>
#include <precis/summarize/summary.hpp>
#include <precis/summarize/textrank.hpp>
#include <precis/text/document.hpp>
#include <precis/text/normalize.hpp>
#include <precis/text/span.hpp>
#include <precis/version.hpp>
