# barry_as_FLUFL is a known __future__ feature (it makes `<>` the inequality operator); pyforac
# does not compile the module under it.
from __future__ import barry_as_FLUFL  # expect-error: unsupported

print(1 != 2)
