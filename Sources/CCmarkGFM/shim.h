#ifndef FORMCHECK_CCMARKGFM_SHIM_H
#define FORMCHECK_CCMARKGFM_SHIM_H
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

// Swift cannot import function-like macros; re-export the option bits we use.
static const int formcheck_cmark_opt_sourcepos = CMARK_OPT_SOURCEPOS;
static const int formcheck_cmark_opt_footnotes = CMARK_OPT_FOOTNOTES;
#endif
