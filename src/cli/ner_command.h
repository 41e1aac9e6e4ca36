// The `newskg ner train`, `newskg ner clusters` and `newskg ner eval` subcommands.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <functional>

namespace newskg::cli {

// Adds `ner` with `train` and `eval` to `app`. `data_dir` is asked after parsing (lexicons
// for training; the default model data_dir/ner/germeval.model). The commands call
// set_exit_code(0) on success; bad input surfaces as newskg::InputError thrown from the
// callback (from app.parse / CLI11_PARSE callers' try blocks).
void RegisterNerCommands(CLI::App& app, std::function<std::filesystem::path()> data_dir,
                         std::function<void(int)> set_exit_code);

}  // namespace newskg::cli
