#include "cli/store_credentials.h"

#include <cstdlib>

#include "cli/command.h"
#include "common/input_error.h"
#include "common/whole_file.h"

namespace newskg::cli {

void AddStoreLoginOptions(CLI::App& command, StoreLogin& login, CLI::Option* needs) {
  CLI::Option* user =
      command.add_option("--user", login.user, "log in to the store as NAME")->type_name("NAME");
  CLI::Option* password = command
                              .add_option("--password-file", login.password_file,
                                          "the store password is the first line of FILE "
                                          "(else $NEWSKG_STORE_PASSWORD)")
                              ->type_name("FILE");
  if (needs != nullptr) {
    user->needs(needs);
    password->needs(needs);
  }
}

std::optional<rdf::HttpCredentials> ReadCredentials(const StoreLogin& login) {
  if (login.user.empty()) {
    if (!login.password_file.empty()) throw UsageError("--password-file needs --user");
    return std::nullopt;
  }
  rdf::HttpCredentials credentials;
  credentials.user = login.user;
  if (!login.password_file.empty()) {
    const std::string text = common::ReadWholeFile(login.password_file, "the password file");
    credentials.password = text.substr(0, text.find_first_of("\r\n"));
    if (credentials.password.empty()) throw InputError(login.password_file, "the first line is empty");
  } else if (const char* password = std::getenv("NEWSKG_STORE_PASSWORD")) {
    credentials.password = password;
  } else {
    throw UsageError("--user " + login.user +
                     " needs a password: --password-file FILE or NEWSKG_STORE_PASSWORD");
  }
  return credentials;
}

}  // namespace newskg::cli
