// newskg: the command line. Each subcommand lives in its own *_command.cpp.
#include <exception>
#include <iostream>
#include <new>
#include <optional>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "archive/build_janitor.h"
#include "cli/analyzer.h"
#include "cli/build_command.h"
#include "cli/command.h"
#include "cli/eval_command.h"
#include "cli/load_command.h"
#include "cli/neighbors_command.h"
#include "cli/ner_command.h"
#include "cli/path_command.h"
#include "cli/sparql_command.h"

namespace {

using newskg::cli::Command;

int ReportError(const std::string& command, const std::exception& error) {
  std::cerr << command << ": error: " << error.what() << '\n';
  return newskg::cli::kExitFailure;
}

int Run(const Command& command) {
  const std::string name = "newskg " + command.app->get_name();
  try {
    return command.run();
  } catch (const newskg::cli::UsageError& error) {
    std::cerr << name << ": " << error.what() << "\nRun with --help for more information.\n";
    return newskg::cli::kExitUsage;
  } catch (const std::bad_alloc&) {
    // Outputs are committed only at the end, so nothing half-written is left.
    std::cerr << name << ": error: out of memory (this process may not allocate more); "
              << "nothing was written\n";
    return newskg::cli::kExitFailure;
  } catch (const std::exception& error) {
    return ReportError(name, error);
  }
}

}  // namespace

int main(int argc, char** argv) {
  // The helper a build starts to tidy its output folder should the build be killed.
  if (argc == 3 && std::string_view(argv[1]) == newskg::archive::kJanitorArgument) {
    return newskg::archive::RunJanitor(argv[2]);
  }
  CLI::App app{
      "newskg: builds a knowledge graph (persons, organizations, places, roles, meetings) from "
      "German news articles, and queries it."};
  app.name("newskg");
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("newskg ") + newskg::cli::kNewskgVersion);

  const std::vector<Command> commands = {
      newskg::cli::AddBuildCommand(app),     newskg::cli::AddPathCommand(app),
      newskg::cli::AddNeighborsCommand(app), newskg::cli::AddSparqlCommand(app),
      newskg::cli::AddEvalCommand(app),      newskg::cli::AddLoadCommand(app),
  };
  // The ner commands run from CLI11 callbacks during parsing and report their exit code.
  std::optional<int> ner_exit_code;
  newskg::cli::RegisterNerCommands(
      app, [] { return newskg::cli::DefaultDataDir(); },
      [&ner_exit_code](int code) { ner_exit_code = code; });

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error) == 0 ? newskg::cli::kExitOk : newskg::cli::kExitUsage;
  } catch (const std::exception& error) {
    return ReportError("newskg ner", error);
  }
  if (ner_exit_code) return *ner_exit_code;
  for (const Command& command : commands) {
    if (command.app->parsed()) return Run(command);
  }
  std::cerr << "newskg: incomplete command\nRun with --help for more information.\n";
  return newskg::cli::kExitUsage;
}
