#include "common/whole_file.h"

#include <fstream>
#include <sstream>

#include "common/input_error.h"

namespace newskg::common {

std::string ReadWholeFile(const std::filesystem::path& path, std::string_view what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path.string(), "cannot open " + std::string(what));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) throw InputError(path.string(), "cannot read " + std::string(what));
  return bytes.str();
}

}  // namespace newskg::common
