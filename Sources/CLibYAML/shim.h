#ifndef CLIBYAML_SHIM_H
#define CLIBYAML_SHIM_H

// libyaml's event parser, linked from the system (Debian's libyaml-dev).
#include <yaml.h>

#endif
