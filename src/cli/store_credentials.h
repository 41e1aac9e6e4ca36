// The login for a SPARQL store (--user, --password-file, or NEWSKG_STORE_PASSWORD), shared by
// `newskg load` and `newskg sparql --endpoint`.
#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "rdf/http_client.h"

namespace newskg::cli {

struct StoreLogin {
  std::string user;
  std::string password_file;
};

// Adds --user NAME and --password-file FILE; with `needs`, both require that option.
void AddStoreLoginOptions(CLI::App& command, StoreLogin& login, CLI::Option* needs = nullptr);

// nullopt without --user. The password is the first line of --password-file, else the
// environment variable NEWSKG_STORE_PASSWORD (never a command-line argument, which other users
// of the machine can read). Throws InputError for an unreadable file, UsageError for a user
// without a password.
std::optional<rdf::HttpCredentials> ReadCredentials(const StoreLogin& login);

}  // namespace newskg::cli
