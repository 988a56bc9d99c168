// The identity of the running tool for cache keys, from the ELF build-id notes of the loaded
// objects (read in memory through dl_iterate_phdr: no file is opened for an object that has one).
#include "run/tool_identity.h"

#include <elf.h>
#include <link.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <vector>

#include "run/run_cache.h"
#include "tt_astgen/mock_headers.h"

namespace tt_astgen::runcache {
namespace {

std::string hexBytes(const unsigned char* bytes, size_t size) {
  std::string out;
  char digits[3];
  for (size_t i = 0; i < size; ++i) {
    std::snprintf(digits, sizeof digits, "%02x", bytes[i]);
    out += digits;
  }
  return out;
}

/// The GNU build id of one loaded object, "" when it has none.
std::string buildIdOf(const dl_phdr_info& info) {
  for (int i = 0; i < info.dlpi_phnum; ++i) {
    const ElfW(Phdr)& segment = info.dlpi_phdr[i];
    if (segment.p_type != PT_NOTE) continue;
    const auto* at = reinterpret_cast<const unsigned char*>(info.dlpi_addr + segment.p_vaddr);
    const unsigned char* end = at + segment.p_memsz;
    while (at + sizeof(ElfW(Nhdr)) <= end) {
      ElfW(Nhdr) note;
      std::memcpy(&note, at, sizeof note);
      const unsigned char* name = at + sizeof note;
      const unsigned char* desc = name + ((note.n_namesz + 3) & ~3u);
      if (desc + note.n_descsz > end) break;
      if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0)
        return hexBytes(desc, note.n_descsz);
      at = desc + ((note.n_descsz + 3) & ~3u);
    }
  }
  return {};
}

/// An object without a build id: its file's path, size and modification time.
std::string fileStampOf(const std::string& path) {
  struct stat st {};
  if (path.empty() || ::stat(path.c_str(), &st) != 0) return "unknown:" + path;
  return path + ":" + std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
         std::to_string(st.st_mtim.tv_nsec);
}

int collect(dl_phdr_info* info, size_t, void* out) {
  auto& ids = *static_cast<std::vector<std::string>*>(out);
  std::string id = buildIdOf(*info);
  if (id.empty()) {
    const std::string name = info->dlpi_name ? info->dlpi_name : "";
    // The main program has no name here; the vdso has neither a name nor a file that matters.
    if (name.empty() && !ids.empty()) return 0;
    id = fileStampOf(name.empty() ? "/proc/self/exe" : name);
  }
  ids.push_back(std::move(id));
  return 0;
}

}  // namespace

const std::string& mockHeadersHash() {
  static const std::string hash = [] {
    Key key;
    for (const MockFile& f : mockFiles()) key.add(f.path).add(f.content);
    return key.hex();
  }();
  return hash;
}

const std::string& toolIdentity() {
  static const std::string identity = [] {
    std::vector<std::string> ids;
    dl_iterate_phdr(collect, &ids);
    std::sort(ids.begin(), ids.end());
    Key key;
    key.add("tt-astgen tool identity v1");
    for (const std::string& id : ids) key.add(id);
    key.add(mockHeadersHash());
    return key.hex();
  }();
  return identity;
}

}  // namespace tt_astgen::runcache
