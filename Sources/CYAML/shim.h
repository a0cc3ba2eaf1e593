#ifndef FORMCHECK_CYAML_SHIM_H
#define FORMCHECK_CYAML_SHIM_H
#include <yaml.h>
#endif
