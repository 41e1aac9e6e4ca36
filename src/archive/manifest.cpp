#include "archive/manifest.h"

#include <nlohmann/json.hpp>

#include "common/input_error.h"
#include "common/whole_file.h"

namespace newskg::archive {
namespace {

constexpr const char* kFormat = "newskg-archive";

}  // namespace

std::string ToJson(const Manifest& manifest) {
  nlohmann::ordered_json json;
  json["format"] = kFormat;
  json["version"] = kManifestVersion;
  json["newskg"] = manifest.newskg_version;
  json["base_iri"] = manifest.base_iri;
  json["data_fingerprint"] = manifest.data_fingerprint;
  json["articles"] = manifest.articles;
  json["segments"] = nlohmann::ordered_json::array();
  for (const SegmentInfo& segment : manifest.segments) {
    json["segments"].push_back(
        {{"file", segment.file}, {"articles", segment.articles}, {"bytes", segment.bytes}});
  }
  return json.dump(2) + "\n";
}

Manifest ReadManifest(const std::filesystem::path& folder) {
  const std::filesystem::path path = folder / kManifestFile;
  const std::string file = path.string();
  std::error_code error;
  if (!std::filesystem::exists(path, error)) throw InputError(file, "missing: the archive is incomplete");
  const std::string text = common::ReadWholeFile(path, "the archive manifest");
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw InputError(file, std::string("not JSON: ") + e.what());
  }
  try {
    if (!json.is_object() || json.value("format", "") != kFormat) {
      throw InputError(file, "not a newskg archive manifest");
    }
    const int version = json.at("version").get<int>();
    if (version != kManifestVersion) {
      throw InputError(file, "archive format version " + std::to_string(version) +
                                 ", this newskg reads version " + std::to_string(kManifestVersion));
    }
    Manifest manifest;
    manifest.newskg_version = json.at("newskg").get<std::string>();
    manifest.base_iri = json.at("base_iri").get<std::string>();
    manifest.data_fingerprint = json.at("data_fingerprint").get<std::string>();
    manifest.articles = json.at("articles").get<std::uint64_t>();
    std::uint64_t total = 0;
    for (const auto& segment : json.at("segments")) {
      SegmentInfo info;
      info.file = segment.at("file").get<std::string>();
      info.articles = segment.at("articles").get<std::uint64_t>();
      info.bytes = segment.at("bytes").get<std::uint64_t>();
      if (info.file.empty() || info.file.find('/') != std::string::npos || info.file[0] == '.') {
        throw InputError(file, "bad segment file name \"" + info.file + "\"");
      }
      total += info.articles;
      manifest.segments.push_back(std::move(info));
    }
    if (total != manifest.articles) throw InputError(file, "article counts do not add up");
    return manifest;
  } catch (const nlohmann::json::exception& e) {
    throw InputError(file, std::string("malformed manifest: ") + e.what());
  }
}

}  // namespace newskg::archive
