// Expected failures as values. Errors carry a location ("file:line") so that
// whoever prints them can follow the GCC convention `file:line: error: ...`.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace trawl {

struct Diagnostic {
  std::string location;  // "rules/relations/created_by.toml:14" or a path
  std::string message;
  std::string Format() const {
    return location.empty() ? "error: " + message : location + ": error: " + message;
  }
};

// A list of diagnostics; empty means success.
using Diagnostics = std::vector<Diagnostic>;

class Status {
 public:
  static Status Ok() { return Status(); }
  static Status Error(std::string location, std::string message) {
    Status s;
    s.error_ = Diagnostic{std::move(location), std::move(message)};
    return s;
  }
  bool ok() const { return !error_.has_value(); }
  const Diagnostic& error() const { return *error_; }

 private:
  std::optional<Diagnostic> error_;
};

template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status error) : v_(std::move(error)) {}  // NOLINT
  bool ok() const { return std::holds_alternative<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  const Diagnostic& error() const { return std::get<Status>(v_).error(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace trawl
