#include "input/reader.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace trawl {
namespace fs = std::filesystem;

namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 if it is not valid.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((b(i + k) & 0xC0) != 0x80) return 0;
  if (n == 2 && c < 0xC2) return 0;  // overlong
  // The second byte's range (RFC 3629): no overlong 3- and 4-byte forms, no
  // UTF-16 surrogates (U+D800..DFFF), nothing above U+10FFFF.
  const unsigned char c1 = n > 1 ? b(i + 1) : 0;
  if (n == 3 && ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F))) return 0;
  if (n == 4 && (c > 0xF4 || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F))) return 0;
  return n;
}

// Replaces each byte that starts no valid UTF-8 sequence by U+FFFD and each
// NUL by a space (a NUL would end a name in C-string APIs downstream), and
// says so in `warnings` with the first offset.
std::string RepairText(std::string text, std::vector<std::string>* warnings) {
  size_t i = 0;
  while (i < text.size()) {
    size_t n = Utf8SequenceLength(text, i);
    if (n == 0 || text[i] == '\0') break;
    i += n;
  }
  if (i == text.size()) return text;  // the common case: already valid
  std::string out = text.substr(0, i);
  size_t bad = 0, nul = 0, first_bad = 0, first_nul = 0;
  while (i < text.size()) {
    size_t n = Utf8SequenceLength(text, i);
    if (n == 0) {
      if (bad++ == 0) first_bad = i;
      out += "\xEF\xBF\xBD";
      ++i;
    } else if (text[i] == '\0') {
      if (nul++ == 0) first_nul = i;
      out += ' ';
      ++i;
    } else {
      out.append(text, i, n);
      i += n;
    }
  }
  if (bad)
    warnings->push_back("invalid UTF-8 at byte " + std::to_string(first_bad) + ": " + std::to_string(bad) +
                        " byte(s) replaced by U+FFFD");
  if (nul)
    warnings->push_back("NUL byte at byte " + std::to_string(first_nul) + ": " + std::to_string(nul) +
                        " NUL byte(s) replaced by spaces");
  return out;
}

// Whether `year-month-day` is a day of the Gregorian calendar.
bool IsCalendarDate(int year, int month, int day) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

// " date 2024-04-17 " at the very start (the leading space is optional, as
// some tools strip it). Returns the body offset, or 0 without a header. A
// header with a day no calendar has ("2024-13-45") is skipped with a warning
// and gives no date.
size_t ParseDateHeader(std::string_view text, std::string* date, std::vector<std::string>* warnings) {
  size_t i = 0;
  while (i < text.size() && text[i] == ' ') ++i;
  constexpr std::string_view kWord = "date ";
  if (text.substr(i, kWord.size()) != kWord) return 0;
  i += kWord.size();
  std::string_view iso = text.substr(i, 10);
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return 0;
  for (size_t k : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(iso[k]))) return 0;
  i += 10;
  if (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) return 0;
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  const auto number = [&](size_t from, size_t n) { return std::stoi(std::string(iso.substr(from, n))); };
  if (IsCalendarDate(number(0, 4), number(5, 2), number(8, 2)))
    *date = std::string(iso);
  else
    warnings->push_back("impossible date " + std::string(iso) + " in the date header: ignored");
  return i;
}

// A file whose first 8 KiB are more than a tenth control characters (other
// than white space) or bytes that are no UTF-8 is an image, an archive or a
// program, not an article with a few bad bytes.
bool LooksBinary(std::string_view text) {
  const std::string_view head = text.substr(0, 8192);
  size_t odd = 0;
  for (size_t i = 0; i < head.size();) {
    const unsigned char c = static_cast<unsigned char>(head[i]);
    size_t n = Utf8SequenceLength(head, i);
    if (n == 0) {
      // A sequence cut by the 8 KiB boundary is no evidence.
      if (i + 4 > head.size() && head.size() < text.size()) break;
      ++odd;
      n = 1;
    } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') {
      ++odd;
    }
    i += n;
  }
  return !head.empty() && odd * 10 > head.size();
}

// An opening single quote between two letters ("Fox‘s", "don‘t") is a
// mistyped apostrophe: an opening quote never follows a letter. It becomes
// U+2019 in place (same length, so no offset moves), and the rules need one
// apostrophe form, not two.
void RepairApostrophes(std::string* text) {
  auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  for (size_t i = text->find("\u2018"); i != std::string::npos; i = text->find("\u2018", i + 3))
    if (i > 0 && i + 3 < text->size() && letter((*text)[i - 1]) && letter((*text)[i + 3])) (*text)[i + 2] = '\x99';
}

}  // namespace

Document MakeDocument(std::string id, std::string path, std::string text) {
  Document doc;
  doc.id = std::move(id);
  doc.path = std::move(path);
  doc.text = RepairText(std::move(text), &doc.warnings);
  if (doc.text.compare(0, 3, "\xEF\xBB\xBF") == 0) doc.text.replace(0, 3, "   ");  // BOM
  RepairApostrophes(&doc.text);
  doc.body_begin = ParseDateHeader(doc.text, &doc.date, &doc.warnings);
  return doc;
}

Result<Document> ReadDocument(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path, std::string("cannot open article: ") + std::strerror(errno));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::Error(path, std::string("read error: ") + std::strerror(errno));
  if (LooksBinary(text)) return Status::Error(path, "binary file, not a text article");
  std::string id = fs::path(path).filename().string();
  if (id.size() > 4 && id.ends_with(".txt")) id.resize(id.size() - 4);
  return MakeDocument(std::move(id), path, std::move(text));
}

Document ReadDocument(std::istream& in, std::string id) {
  std::ostringstream text;
  text << in.rdbuf();
  return MakeDocument(id, "<stdin>", std::move(text).str());
}

namespace {

// Collects the .txt files under `dir` (not following links to directories,
// so a link cycle cannot recurse); what cannot be read is reported in
// *skipped and the walk goes on with the rest.
void WalkDirectory(const fs::path& dir, std::vector<std::string>* found, std::vector<Status>* skipped) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path& path = it->path();
    std::error_code link_ec, target_ec;
    const fs::file_status link = fs::symlink_status(path, link_ec);
    const fs::file_status target = fs::status(path, target_ec);
    if (link_ec || target_ec) {
      // A dangling link, a link loop: say so rather than skip in silence.
      const std::error_code& e = link_ec ? link_ec : target_ec;
      skipped->push_back(Status::Error(path.string(), fs::is_symlink(link) && e == std::errc::no_such_file_or_directory
                                                          ? "broken symbolic link"
                                                          : e.message()));
      continue;
    }
    if (fs::is_directory(target)) {
      if (!fs::is_symlink(link)) WalkDirectory(path, found, skipped);
    } else if (fs::is_regular_file(target) && path.extension() == ".txt") {
      found->push_back(path.string());
    }
  }
  if (ec) skipped->push_back(Status::Error(dir.string(), "cannot read directory: " + ec.message()));
}

}  // namespace

ExpandedInputs ExpandInputs(const std::vector<std::string>& inputs) {
  ExpandedInputs out;
  for (const std::string& input : inputs) {
    if (input == "-") {
      out.files.push_back(input);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(input, ec);
    if (ec || !fs::exists(st)) {
      out.skipped.push_back(Status::Error(input, ec ? ec.message() : "no such file or directory"));
      continue;
    }
    if (!fs::is_directory(st)) {
      out.files.push_back(input);
      continue;
    }
    std::vector<std::string> found;
    WalkDirectory(input, &found, &out.skipped);
    std::sort(found.begin(), found.end());
    out.files.insert(out.files.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace trawl
