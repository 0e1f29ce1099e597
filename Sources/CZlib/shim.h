// zlib (Debian's zlib1g-dev): the database keeps each document's source text deflated.
#include <zlib.h>
