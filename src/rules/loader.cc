// Reading and validating a rules directory. Every problem becomes a
// Diagnostic with file:line; loading goes on after an error so that one run
// of `trawl rules check` reports all of them.
#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "rules/rule_set.h"

namespace trawl {
namespace fs = std::filesystem;

namespace {

constexpr int kMaxMacroDepth = 16;

bool IsMacroNameChar(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

// Paths in messages are the rules directory as given plus the file inside it.
std::string Display(const fs::path& p) { return p.lexically_normal().string(); }

// Escapes RE2 metacharacters of a literal word for use in an alternation.
std::string QuoteLiteral(const std::string& s) { return RE2::QuoteMeta(s); }

// RE2 quotes the rest of the expanded pattern after its message ("missing
// ): (?P<object>..."): with macros that is pages long. The message and the
// start of the quote name the problem.
std::string Shortened(const std::string& re2_error) {
  constexpr size_t kMax = 160;
  if (re2_error.size() <= kMax) return re2_error;
  return re2_error.substr(0, kMax) + "...";
}

std::string Alternation(std::vector<std::string> words) {
  std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  std::string out = "(?:";
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) out += '|';
    out += QuoteLiteral(words[i]);
  }
  return out + ")";
}

std::vector<std::string> SortedFiles(const fs::path& dir, const std::string& ext) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ext) out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

class Loader {
 public:
  explicit Loader(std::string dir) : dir_(std::move(dir)), rules_(std::make_unique<RuleSet>()) {
    rules_->dir = dir_;
  }

  LoadedRules Load() {
    std::error_code ec;
    if (!fs::is_directory(dir_, ec)) {
      Error(dir_, "rules directory not found");
      return Finish();
    }
    // Relation files first: their [triggers] make the {T_...} macros that
    // other macros and every pattern may use.
    // Without macros.toml every pattern fails on its first {MACRO}: one
    // error naming the file says more than a hundred "unknown macro" ones.
    const fs::path macros = fs::path(dir_) / "macros.toml";
    if (!fs::exists(macros, ec)) {
      Error(Display(macros), "missing: the {MACRO}s that the patterns use are defined there");
      return Finish();
    }
    std::vector<std::pair<std::string, toml::table>> relation_files;
    for (const std::string& f : SortedFiles(fs::path(dir_) / "relations", ".toml"))
      if (auto tbl = ParseToml(f)) relation_files.emplace_back(f, std::move(*tbl));
    LoadMacros(TriggerMacros(relation_files));
    LoadAbbreviations();
    LoadNameLexicon();
    LoadNumbers();
    LoadGazetteers();
    for (const std::string& f : SortedFiles(fs::path(dir_) / "entities", ".toml")) LoadEntityFile(f);
    // Every schema first, so rules may name any relation.
    std::vector<const RelationSchema*> schemas;
    for (const auto& [f, tbl] : relation_files) schemas.push_back(LoadRelationSchema(f, tbl));
    for (size_t i = 0; i < relation_files.size(); ++i)
      if (schemas[i]) LoadRelationRules(relation_files[i].first, relation_files[i].second, schemas[i]);
    for (const std::string& f : SortedFiles(fs::path(dir_) / "frames", ".toml")) LoadFrameFile(f);
    CheckOverrides();
    CheckImplications();
    rules_->relation_index.Compile();
    if (fs::exists(fs::path(dir_) / "guards.toml")) LoadGuards((fs::path(dir_) / "guards.toml").string());
    return Finish();
  }

 private:
  LoadedRules Finish() {
    LoadedRules out;
    out.diagnostics = std::move(diags_);
    if (out.diagnostics.empty()) out.rules = std::move(rules_);
    return out;
  }

  void Error(const std::string& location, const std::string& message) {
    diags_.push_back(Diagnostic{location, message});
  }
  std::string Loc(const std::string& file, int line) { return file + ":" + std::to_string(line); }

  std::optional<toml::table> ParseToml(const std::string& path) {
    try {
      return toml::parse_file(path);
    } catch (const toml::parse_error& e) {
      Error(Loc(Display(path), static_cast<int>(e.source().begin.line)),
            std::string("TOML syntax: ") + std::string(e.description()));
      return std::nullopt;
    }
  }

  std::vector<std::string> ReadLines(const fs::path& path) {
    std::vector<std::string> out;
    std::ifstream in(path);
    if (!in) {
      Error(Display(path), "cannot read word list");
      return out;
    }
    std::string line;
    while (std::getline(in, line)) {
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
      if (line.empty() || line[0] == '#') continue;
      out.push_back(line);
    }
    return out;
  }

  // ---- macros ----------------------------------------------------------
  // `predefined` are macros of the loader's own ({T_VERB} ...), not yet expanded.
  void LoadMacros(std::map<std::string, std::string> predefined) {
    fs::path path = fs::path(dir_) / "macros.toml";
    std::string rel = Display(path);
    std::map<std::string, std::string> raw = std::move(predefined);
    std::map<std::string, int> lines;
    for (const auto& [name, body] : raw) lines[name] = 1;
    std::optional<toml::table> tbl;
    if (fs::exists(path)) tbl = ParseToml(path.string());
    if (!tbl) tbl = toml::table{};
    if (auto* macros = (*tbl)["macros"].as_table()) {
      for (auto&& [key, node] : *macros) {
        int line = static_cast<int>(node.source().begin.line);
        if (auto s = node.value<std::string>()) {
          raw[std::string(key.str())] = *s;
          lines[std::string(key.str())] = line;
        } else {
          Error(Loc(rel, line), "macro " + std::string(key.str()) + ": value must be a string");
        }
      }
    }
    if (auto* lists = (*tbl)["lists"].as_table()) {
      for (auto&& [key, node] : *lists) {
        int line = static_cast<int>(node.source().begin.line);
        auto file = node.value<std::string>();
        if (!file) {
          Error(Loc(rel, line), "list " + std::string(key.str()) + ": value must be a file name");
          continue;
        }
        std::vector<std::string> words = ReadLines(fs::path(dir_) / *file);
        for (std::string& w : words) w = w.substr(0, w.find('\t'));  // .tsv: first column
        if (words.empty()) {
          Error(Loc(rel, line), "list " + std::string(key.str()) + ": " + *file + " is empty or missing");
          continue;
        }
        raw[std::string(key.str())] = Alternation(words);
        lines[std::string(key.str())] = line;
      }
    }
    // Expand to a fixpoint; a macro that still holds references after
    // kMaxMacroDepth rounds is part of a cycle.
    std::map<std::string, std::string> done;
    for (int round = 0; round < kMaxMacroDepth && !raw.empty(); ++round) {
      for (auto it = raw.begin(); it != raw.end();) {
        std::string out, error;
        // A macro is ready when every macro it names is done.
        if (ExpandMacros(it->second, done, &out, &error)) {
          done[it->first] = out;
          it = raw.erase(it);
        } else {
          ++it;
        }
      }
    }
    for (const auto& [name, body] : raw) {
      std::string out, error;
      std::map<std::string, std::string> all = done;
      for (const auto& [n, b] : raw) all[n] = b;
      if (!ExpandMacros(body, all, &out, &error))
        Error(Loc(rel, lines[name]), "macro " + name + ": " + error);
      else
        Error(Loc(rel, lines[name]), "macro " + name + ": refers to itself (directly or through others)");
    }
    rules_->macros = std::move(done);
  }

  void LoadNameLexicon() {
    NameLexicon& lex = rules_->names;
    auto read = [&](const char* name, std::unordered_set<std::string>* out) {
      fs::path path = fs::path(dir_) / "lexicon" / name;
      if (!fs::exists(path)) return;
      for (std::string& w : ReadLines(path)) out->insert(std::move(w));
    };
    read("common_words.txt", &lex.common_words);
    read("given_names.txt", &lex.given_names);
    read("openers.txt", &lex.openers);
    read("calendar.txt", &lex.calendar);
    read("demonyms.txt", &lex.demonyms);
    read("places.txt", &lex.places);
  }

  // [names] in an entities file: the name finder's word classes.
  void LoadNamesTable(const toml::table& t, const std::string& rel) {
    auto words = [&](const char* key, std::unordered_set<std::string>* out) {
      const toml::node_view<const toml::node> node = t[key];
      if (!node) return;
      const toml::array* arr = node.as_array();
      if (!arr) {
        Error(Loc(rel, static_cast<int>(node.node()->source().begin.line)),
              std::string("[names] ") + key + ": want a list of words");
        return;
      }
      for (auto&& w : *arr) out->insert(w.value_or(std::string()));
    };
    words("joiners", &rules_->names.joiners);
    words("title_joiners", &rules_->names.title_joiners);
    words("not_names", &rules_->names.not_names);
    words("title_cues", &rules_->names.title_cues);
    words("job_titles", &rules_->names.job_titles);
    words("title_prepositions", &rules_->names.title_prepositions);
    words("modified_nouns", &rules_->names.modified_nouns);
    words("date_prepositions", &rules_->names.date_prepositions);
    words("contractions", &rules_->names.contractions);
    words("name_suffixes", &rules_->names.name_suffixes);
    if (auto type = t["quoted_type"].value<std::string>()) {
      if (!ParseEntityType(*type, &rules_->names.quoted_type))
        Error(Loc(rel, static_cast<int>(t["quoted_type"].node()->source().begin.line)),
              "[names] quoted_type: unknown type '" + *type + "'");
    }
    rules_->names.quoted_priority = t["quoted_priority"].value_or(rules_->names.quoted_priority);
    if (auto p = t["title_after"].value<std::string>())
      rules_->names.title_after = Compile(*p, Loc(rel, static_cast<int>(t["title_after"].node()->source().begin.line)),
                                          "[names] title_after");
    rules_->names.series_by_relation_priority =
        t["series_by_relation_priority"].value_or(rules_->names.series_by_relation_priority);
  }

  void LoadAbbreviations() {
    fs::path path = fs::path(dir_) / "lexicon" / "abbreviations.txt";
    if (fs::exists(path)) rules_->abbreviations = ReadLines(path);
  }

  // Number words for season numbers: lexicon/cardinals.tsv ("two") and
  // lexicon/ordinals.tsv ("fifth"), WORD<TAB>NUMBER.
  void LoadNumbers() {
    for (const char* name : {"cardinals.tsv", "ordinals.tsv"}) {
      fs::path path = fs::path(dir_) / "lexicon" / name;
      if (!fs::exists(path)) continue;
      for (const std::string& line : ReadLines(path)) {
        size_t tab = line.find('\t');
        int value = tab == std::string::npos ? 0 : std::atoi(line.c_str() + tab + 1);
        if (value <= 0) {
          Error(Display(path), std::string(name) + ": bad line '" + line + "' (want WORD<TAB>NUMBER)");
          continue;
        }
        rules_->number_words[line.substr(0, tab)] = value;
      }
    }
  }

  // ---- gazetteers -------------------------------------------------------
  // TSV: name <TAB> TYPE <TAB> alias|alias ... ; '#' comments.
  void LoadGazetteers() {
    std::vector<std::string> aliases;
    for (const std::string& file : SortedFiles(fs::path(dir_) / "gazetteers", ".tsv")) {
      std::string rel = Display(file);
      std::ifstream in(file);
      std::string line;
      int n = 0;
      while (std::getline(in, line)) {
        ++n;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> cols;
        std::stringstream ss(line);
        for (std::string c; std::getline(ss, c, '\t');) cols.push_back(c);
        if (cols.size() < 2) {
          Error(Loc(rel, n), "gazetteer line needs NAME<TAB>TYPE[<TAB>ALIASES]");
          continue;
        }
        GazetteerEntry e;
        e.name = cols[0];
        e.source = {rel, n};
        if (!ParseEntityType(cols[1], &e.type) ||
            (e.type != EntityType::kNetwork && e.type != EntityType::kStudio)) {
          Error(Loc(rel, n), "gazetteer type must be NETWORK or STUDIO, not '" + cols[1] + "'");
          continue;
        }
        if (cols.size() > 2) {
          std::stringstream as(cols[2]);
          for (std::string a; std::getline(as, a, '|');) {
            if (a.size() > 1 && a[0] == '~') e.ambiguous_aliases.push_back(a.substr(1));
            else if (!a.empty()) e.aliases.push_back(a);
          }
        }
        // The name is an alias too, unless it is listed as ambiguous.
        if (std::find(e.ambiguous_aliases.begin(), e.ambiguous_aliases.end(), e.name) == e.ambiguous_aliases.end())
          e.aliases.insert(e.aliases.begin(), e.name);
        auto taken = [&](const std::string& a) -> const GazetteerEntry* {
          if (auto it = rules_->alias_to_entry.find(a); it != rules_->alias_to_entry.end())
            return &rules_->gazetteer[it->second];
          if (auto it = rules_->ambiguous_alias_to_entry.find(a); it != rules_->ambiguous_alias_to_entry.end())
            return &rules_->gazetteer[it->second];
          return nullptr;
        };
        for (const std::string& a : e.aliases) {
          if (const GazetteerEntry* other = taken(a)) {
            Error(Loc(rel, n), "alias '" + a + "' is already listed for " + other->name);
            continue;
          }
          rules_->alias_to_entry.emplace(a, rules_->gazetteer.size());
          aliases.push_back(a);
        }
        for (const std::string& a : e.ambiguous_aliases) {
          if (const GazetteerEntry* other = taken(a)) {
            Error(Loc(rel, n), "alias '" + a + "' is already listed for " + other->name);
            continue;
          }
          rules_->ambiguous_alias_to_entry.emplace(a, rules_->gazetteer.size());
        }
        rules_->gazetteer.push_back(std::move(e));
      }
    }
    if (aliases.empty()) return;
    // Longest alias first: RE2 prefers the leftmost alternative that matches.
    std::string pattern = "(";
    pattern += Alternation(aliases);
    pattern += ')';
    rules_->gazetteer_pattern = Compile(pattern, "gazetteers", "gazetteer");
  }

  // ---- patterns ---------------------------------------------------------
  // A capture name used twice in one pattern ("(?P<name6>..." in two
  // alternatives): RE2 keeps one of them, and the other silently captures
  // nothing. "" if every name is used once.
  static std::string DuplicateCapture(const std::string& expanded) {
    std::set<std::string> seen;
    for (size_t at = expanded.find("(?P<"); at != std::string::npos; at = expanded.find("(?P<", at + 1)) {
      const size_t end = expanded.find('>', at);
      if (end == std::string::npos) break;
      std::string name = expanded.substr(at + 4, end - at - 4);
      if (!seen.insert(name).second) return name;
    }
    return "";
  }

  // Macro expansion and the checks RE2 does not make.
  bool Expand(const std::string& pattern, const std::string& location, const std::string& rule_id,
              std::string* expanded) {
    std::string error;
    if (!ExpandMacros(pattern, rules_->macros, expanded, &error)) {
      Error(location, "rule " + rule_id + ": " + error);
      return false;
    }
    if (std::string name = DuplicateCapture(*expanded); !name.empty()) {
      Error(location, "rule " + rule_id + ": capture (?P<" + name + ">...) is named twice; give the second another name");
      return false;
    }
    return true;
  }

  std::unique_ptr<RE2> Compile(const std::string& pattern, const std::string& location,
                               const std::string& rule_id) {
    std::string expanded;
    if (!Expand(pattern, location, rule_id, &expanded)) return nullptr;
    RE2::Options opts;
    opts.set_log_errors(false);  // errors become our diagnostics below
    opts.set_max_mem(64 << 20);
    auto re = std::make_unique<RE2>(expanded, opts);
    if (!re->ok()) {
      Error(location, "rule " + rule_id + ": " + Shortened(re->error()));
      return nullptr;
    }
    return re;
  }

  // Compiles into `index`, which owns the pattern and prefilters it.
  const RE2* CompileInto(PatternIndex& index, const std::string& pattern, const std::string& location,
                         const std::string& rule_id) {
    std::string expanded, error;
    if (!Expand(pattern, location, rule_id, &expanded)) return nullptr;
    const RE2* re = index.Add(expanded, &error);
    if (!re) Error(location, "rule " + rule_id + ": " + Shortened(error));
    return re;
  }

  // What every rule table starts with.
  struct RuleHead {
    std::string id;
    RuleSource source;
    std::string loc;  // "file:line" for messages
  };

  // Calls f(table, head) for each [[key]] table of `tbl` whose id is given
  // and not taken.
  template <typename F>
  void ForEachRule(const toml::table& tbl, std::string_view key, const std::string& rel, F f) {
    const toml::array* arr = tbl[key].as_array();
    if (!arr) return;
    for (auto&& node : *arr) {
      const toml::table* t = node.as_table();
      if (!t) continue;
      const int line = static_cast<int>(node.source().begin.line);
      RuleHead head{(*t)["id"].value_or(std::string()), {rel, line}, Loc(rel, line)};
      if (CheckId(head.id, head.loc)) f(*t, head);
    }
  }

  bool CheckId(const std::string& id, const std::string& location) {
    if (id.empty()) {
      Error(location, "rule without an id");
      return false;
    }
    if (!ids_.insert(id).second) {
      Error(location, "rule " + id + ": duplicate id");
      return false;
    }
    return true;
  }

  std::vector<RuleExample> ReadExamples(const toml::table& rule, const std::string& rel,
                                        const std::string& id) {
    std::vector<RuleExample> out;
    if (auto* arr = rule["examples"].as_array()) {
      for (auto&& node : *arr) {
        RuleExample ex;
        ex.line = static_cast<int>(node.source().begin.line);
        if (auto* t = node.as_table()) {
          ex.text = (*t)["text"].value_or(std::string());
          if (auto* exp = (*t)["expect"].as_array())
            for (auto&& e : *exp) ex.expect.push_back(e.value_or(std::string()));
        } else {
          ex.text = node.value_or(std::string());
        }
        if (ex.text.empty()) Error(Loc(rel, ex.line), "rule " + id + ": example without text");
        out.push_back(std::move(ex));
      }
    }
    if (auto* arr = rule["counterexamples"].as_array()) {
      for (auto&& node : *arr) {
        RuleExample ex;
        ex.line = static_cast<int>(node.source().begin.line);
        ex.text = node.value_or(std::string());
        ex.counterexample = true;
        out.push_back(std::move(ex));
      }
    }
    return out;
  }

  bool ReadType(const toml::table& t, const std::string& loc, const std::string& id, EntityType* out) {
    std::string type = t["type"].value_or(std::string());
    if (!ParseEntityType(type, out)) {
      Error(loc, "rule " + id + ": unknown type '" + type + "'");
      return false;
    }
    return true;
  }

  void LoadEntityFile(const std::string& file) {
    std::string rel = Display(file);
    auto tbl = ParseToml(file);
    if (!tbl) return;
    for (auto&& [key, node] : *tbl) {
      if (key.str() == "names" && node.is_table()) {
        LoadNamesTable(*node.as_table(), rel);
      } else if (key.str() != "mention" && key.str() != "type" && key.str() != "modifier") {
        Error(Loc(rel, static_cast<int>(node.source().begin.line)),
              "unknown section '" + std::string(key.str()) + "' (want [names], [[mention]], [[type]] or [[modifier]])");
      }
    }
    ForEachRule(*tbl, "mention", rel, [&](const toml::table& t, const RuleHead& head) {
      const std::string& loc = head.loc;
      MentionRule r;
      r.id = head.id;
      r.source = head.source;
      if (!ReadType(t, loc, r.id, &r.type)) return;
      r.reference = t["reference"].value_or(std::string());
      if (!r.reference.empty() && r.reference != "focus" && r.reference != "recent" && r.reference != "other" &&
          r.reference != "plural" && r.reference != "subjects" && r.reference != "unnamed") {
        Error(loc, "rule " + r.id +
                       ": reference must be \"focus\", \"recent\", \"other\", \"plural\", \"subjects\" or \"unnamed\"");
        return;
      }
      r.count = t["count"].value_or(0);
      r.priority = t["priority"].value_or(0);
      r.absorb = t["absorb"].value_or(false);
      r.pattern = Compile(t["pattern"].value_or(std::string()), loc, r.id);
      if (!r.pattern) return;
      if (auto exclude = t["exclude"].value<std::string>()) {
        r.exclude = Compile(*exclude, loc, r.id);
        if (!r.exclude) return;
      }
      if (auto not_before = t["not_before"].value<std::string>()) {
        r.not_before = Compile(*not_before, loc, r.id + ".not_before");
        if (!r.not_before) return;
      }
      r.examples = ReadExamples(t, head.source.file, r.id);
      rules_->mention_rules.push_back(std::move(r));
    });
    ForEachRule(*tbl, "modifier", rel, [&](const toml::table& t, const RuleHead& head) {
      ModifierRule r;
      r.id = head.id;
      r.source = head.source;
      r.pattern = Compile(t["pattern"].value_or(std::string()), head.loc, r.id);
      if (!r.pattern) return;
      if (!r.pattern->NamedCapturingGroups().count("name")) {
        Error(head.loc, "rule " + r.id + ": a modifier rule must capture the slot as (?P<name>...)");
        return;
      }
      r.examples = ReadExamples(t, rel, r.id);
      rules_->modifier_rules.push_back(std::move(r));
    });
    ForEachRule(*tbl, "type", rel, [&](const toml::table& t, const RuleHead& head) {
      const std::string& loc = head.loc;
      TypeRule r;
      r.id = head.id;
      r.source = head.source;
      if (!ReadType(t, loc, r.id, &r.type)) return;
      r.priority = t["priority"].value_or(0);
      auto context = t["context"].value<std::string>();
      auto shape = t["shape"].value<std::string>();
      if (!context && !shape) {
        Error(loc, "rule " + r.id + ": a type rule needs a context or a shape pattern");
        return;
      }
      bool ok = true;
      if (context) {
        r.context = Compile(*context, loc, r.id);
        if (!r.context) {
          ok = false;
        } else {
          bool has_name = false;
          for (const auto& [name, index] : r.context->NamedCapturingGroups()) {
            if (name.rfind("name", 0) == 0) has_name = true;
            else {
              Error(loc, "rule " + r.id + ": capture '" + name + "' names no slot (use name, name2, ...)");
              ok = false;
            }
          }
          if (!has_name) {
            Error(loc, "rule " + r.id + ": context must capture the NAME slot as (?P<name>...)");
            ok = false;
          }
        }
      }
      if (shape) {
        r.shape = Compile(*shape, loc, r.id);
        if (!r.shape) ok = false;
      }
      r.examples = ReadExamples(t, head.source.file, r.id);
      if (ok) rules_->type_rules.push_back(std::move(r));
    });
  }

  bool ReadTypes(const toml::node_view<const toml::node>& node, const std::string& loc,
                 const std::string& what, std::vector<EntityType>* out) {
    std::vector<std::string> names;
    if (auto s = node.value<std::string>()) names.push_back(*s);
    if (auto* arr = node.as_array())
      for (auto&& e : *arr) names.push_back(e.value_or(std::string()));
    for (const std::string& n : names) {
      EntityType t;
      if (!ParseEntityType(n, &t)) {
        Error(loc, what + ": unknown type '" + n + "'");
        return false;
      }
      out->push_back(t);
    }
    if (out->empty()) Error(loc, what + ": missing type");
    return !out->empty();
  }

  const RelationSchema* LoadRelationSchema(const std::string& file, const toml::table& t) {
    std::string rel = Display(file);
    auto schema = std::make_unique<RelationSchema>();
    schema->name = t["relation"].value_or(std::string());
    schema->label = t["label"].value_or(schema->name);
    schema->source = {rel, 1};
    std::string loc = Loc(rel, 1);
    if (schema->name.empty()) {
      Error(loc, "relation file without `relation = \"...\"`");
      return nullptr;
    }
    if (rules_->FindRelation(schema->name)) {
      Error(loc, "relation " + schema->name + " is defined twice");
      return nullptr;
    }
    if (!ReadTypes(t["subject"], loc, "relation " + schema->name + " subject", &schema->subject_types) ||
        !ReadTypes(t["object"], loc, "relation " + schema->name + " object", &schema->object_types))
      return nullptr;
    schema->min_season = t["min_season"].value_or(0);
    if (const toml::table* implies = t["implies"].as_table()) {
      const int line = static_cast<int>(implies->source().begin.line);
      schema->implies = (*implies)["relation"].value_or(std::string());
      schema->implies_source = {rel, line};
      if ((*implies)["object"].value_or(std::string()) != "lead_network")
        Error(Loc(rel, line), "relation " + schema->name + ": [implies] object must be \"lead_network\"");
    }
    if (const toml::table* triggers = t["triggers"].as_table()) {
      for (auto&& [key, node] : *triggers) {
        const std::string kind(key.str());
        const std::string tloc = Loc(rel, static_cast<int>(node.source().begin.line));
        auto words = node.value<std::string>();
        if (!words || !IsTriggerKind(kind)) {
          Error(tloc, "relation " + schema->name + ": [triggers] wants verb, verb_object, participle, noun or nouns = a pattern");
          continue;
        }
        // Bounded so that a trigger is never part of a longer word: "executive
        // producer" is not inside "co-executive producer".
        auto re = Compile("(?:^|[^\\p{L}\\-])((?:" + *words + "))(?:$|[^\\p{L}\\-])", tloc,
                          schema->name + " trigger " + kind);
        if (re) schema->triggers.push_back(Trigger{kind, std::move(re)});
      }
    }
    const RelationSchema* s = schema.get();
    rules_->relations.push_back(std::move(schema));
    return s;
  }

  static bool IsTriggerKind(const std::string& k) {
    return k == "verb" || k == "verb_object" || k == "participle" || k == "noun" || k == "nouns";
  }

  // {T_VERB}, {T_VERB_OBJECT}, {T_PARTICIPLE}, {T_NOUN}, {T_NOUNS}: every
  // relation's trigger words of that kind ([triggers] in relations/*.toml).
  std::map<std::string, std::string> TriggerMacros(const std::vector<std::pair<std::string, toml::table>>& files) {
    std::map<std::string, std::string> out;
    for (const char* kind : {"verb", "verb_object", "participle", "noun", "nouns"}) {
      std::string alt;
      for (const auto& [f, t] : files)
        if (auto words = t["triggers"][kind].value<std::string>()) {
          if (!alt.empty()) alt += '|';
          alt.append("(?:").append(*words).append(")");
        }
      std::string name = std::string("T_") + kind;
      for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      out[name] = alt.empty() ? "[^\\s\\S]" : alt;  // a kind no relation uses matches nothing
    }
    return out;
  }

  // Reads `subject...`, `object...` and (for frames) `trigger...` captures.
  bool ReadCaptures(RelationRule& r, const std::string& rloc) {
    bool ok = true;
    std::map<std::string, int> triggers;  // suffix ("", "_2") -> index in trigger_groups
    std::vector<std::string> object_suffixes;
    for (const auto& [name, index] : r.pattern->NamedCapturingGroups()) {
      if (name.rfind("subject", 0) == 0) {
        r.subject_groups.push_back(index);
      } else if (name.rfind("object", 0) == 0) {
        r.object_groups.push_back(index);
        r.object_partner.push_back(false);
        object_suffixes.push_back(name.substr(6));
      } else if (r.frame && name.rfind("partner", 0) == 0) {
        r.object_groups.push_back(index);
        r.object_partner.push_back(true);
        object_suffixes.push_back(name.substr(7));
      } else if (r.frame && name.rfind("trigger", 0) == 0) {
        triggers[name.substr(7)] = static_cast<int>(r.trigger_groups.size());
        r.trigger_groups.push_back(index);
      } else {
        Error(rloc, "rule " + r.id + ": capture '" + name + "' names no slot (use subject..., object..." +
                        (r.frame ? ", partner... or trigger...)" : ")"));
        ok = false;
      }
    }
    if (ok && r.object_groups.empty() && r.subject_groups.empty()) {
      Error(rloc, "rule " + r.id + ": pattern captures neither (?P<subject>...) nor (?P<object>...)");
      ok = false;
    }
    if (!r.frame) return ok;
    if (ok && !triggers.count("")) {
      Error(rloc, "frame " + r.id + ": pattern must capture its words as (?P<trigger>...)");
      return false;
    }
    for (const std::string& suffix : object_suffixes) {
      auto it = triggers.find(suffix);
      r.object_trigger.push_back(it == triggers.end() ? triggers[""] : it->second);
    }
    return ok;
  }

  bool ReadAttach(const toml::table& t, const std::string& loc, RelationRule& r) {
    const std::string attach = t["attach"].value_or(std::string("focus"));
    if (attach == "focus") r.attach = RelationRule::Attach::kFocus;
    else if (attach == "nearest") r.attach = RelationRule::Attach::kNearest;
    else if (attach == "recent") r.attach = RelationRule::Attach::kRecent;
    else if (attach == "list") r.attach = RelationRule::Attach::kList;
    else {
      Error(loc, "rule " + r.id + ": attach must be \"focus\", \"nearest\", \"recent\" or \"list\"");
      return false;
    }
    return true;
  }

  void LoadRelationRules(const std::string& file, const toml::table& t, const RelationSchema* s) {
    std::string rel = Display(file);
    ForEachRule(t, "rule", rel, [&](const toml::table& rt, const RuleHead& head) {
      const std::string& rloc = head.loc;
      RelationRule r;
      r.id = head.id;
      r.source = head.source;
      r.schema = s;
      if (auto other = rt["relation"].value<std::string>(); other && *other != s->name) {
        Error(rloc, "rule " + r.id + ": relation '" + *other + "' in a file for " + s->name);
        return;
      }
      r.respectively = rt["respectively"].value_or(false);
      if (!ReadAttach(rt, head.loc, r)) return;
      if (auto* arr = rt["overrides"].as_array())
        for (auto&& o : *arr) r.overrides.push_back(o.value_or(std::string()));
      r.pattern = CompileInto(rules_->relation_index, rt["pattern"].value_or(std::string()), rloc, r.id);
      if (!r.pattern) return;
      bool ok = ReadCaptures(r, rloc);
      r.examples = ReadExamples(rt, rel, r.id);
      if (ok) rules_->relation_rules.push_back(std::move(r));
    });
  }

  // frames/*.toml: [[frame]] rules that belong to no relation (see RelationRule).
  void LoadFrameFile(const std::string& file) {
    std::string rel = Display(file);
    auto tbl = ParseToml(file);
    if (!tbl) return;
    for (auto&& [key, node] : *tbl) {
      const std::string loc = Loc(rel, static_cast<int>(node.source().begin.line));
      if (key.str() == "salience" && node.is_table()) {
        const toml::table& t = *node.as_table();
        if (auto p = t["opening"].value<std::string>()) rules_->sentence_opening = Compile(*p, loc, "salience.opening");
        if (auto p = t["role_after"].value<std::string>()) rules_->role_after_title = Compile(*p, loc, "salience.role_after");
        if (auto p = t["person_about"].value<std::string>()) rules_->person_about = Compile(*p, loc, "salience.person_about");
        if (auto p = t["untyped_subject"].value<std::string>())
          rules_->untyped_subject = Compile(*p, loc, "salience.untyped_subject");
      } else if (key.str() != "frame" && key.str() != "clause") {
        Error(loc, "unknown section '" + std::string(key.str()) + "' (want [[frame]], [[clause]] or [salience])");
      }
    }
    ForEachRule(*tbl, "clause", rel, [&](const toml::table& t, const RuleHead& head) {
      RuleSet::ClauseRule c;
      c.id = head.id;
      c.source = head.source;
      c.glue = t["glue"].value_or(std::string(" "));
      c.aside = t["aside"].value_or(false);
      c.pattern = Compile(t["pattern"].value_or(std::string()), head.loc, c.id);
      if (!c.pattern) return;
      if (auto p = t["not_after"].value<std::string>()) c.not_after = Compile(*p, head.loc, c.id + ".not_after");
      const auto& groups = c.pattern->NamedCapturingGroups();
      if (!groups.count("antecedent") || !groups.count("body")) {
        Error(head.loc, "clause " + c.id + ": pattern must capture (?P<antecedent>...) and (?P<body>...)");
        return;
      }
      c.antecedent = groups.at("antecedent");
      c.body = groups.at("body");
      rules_->clause_rules.push_back(std::move(c));
    });
    ForEachRule(*tbl, "frame", rel, [&](const toml::table& rt, const RuleHead& head) {
      RelationRule r;
      r.id = head.id;
      r.source = head.source;
      r.frame = true;
      if (!ReadAttach(rt, head.loc, r)) return;
      if (auto* arr = rt["overrides"].as_array())
        for (auto&& o : *arr) r.overrides.push_back(o.value_or(std::string()));
      r.pattern = CompileInto(rules_->relation_index, rt["pattern"].value_or(std::string()), head.loc, r.id);
      if (!r.pattern) return;
      bool ok = ReadCaptures(r, head.loc);
      r.examples = ReadExamples(rt, rel, r.id);
      if (ok) rules_->relation_rules.push_back(std::move(r));
    });
  }

  void CheckImplications() {
    for (const auto& r : rules_->relations) {
      if (r->implies.empty()) continue;
      const RelationSchema* to = rules_->FindRelation(r->implies);
      if (!to)
        Error(r->implies_source.Location(), "relation " + r->name + ": [implies] unknown relation '" + r->implies + "'");
      else if (std::find(to->object_types.begin(), to->object_types.end(), EntityType::kNetwork) ==
                   to->object_types.end() ||
               to->subject_types != r->subject_types)
        Error(r->implies_source.Location(), "relation " + r->name + ": [implies] " + r->implies +
                                                " must take the same subject and a NETWORK object");
    }
  }

  void CheckOverrides() {
    for (const RelationRule& r : rules_->relation_rules)
      for (const std::string& o : r.overrides) {
        bool known = false;
        for (const RelationRule& other : rules_->relation_rules) known |= other.id == o;
        if (!known) Error(r.source.Location(), "rule " + r.id + ": overrides unknown rule '" + o + "'");
      }
  }

  void LoadGuards(const std::string& file) {
    std::string rel = Display(file);
    auto tbl = ParseToml(file);
    if (!tbl) return;
    ForEachRule(*tbl, "guard", rel, [&](const toml::table& t, const RuleHead& head) {
      const std::string& loc = head.loc;
      Guard g;
      g.id = head.id;
      g.source = head.source;
      if (auto* rels = t["relations"].as_array()) {
        for (auto&& r : *rels) {
          std::string name = r.value_or(std::string());
          if (!rules_->FindRelation(name)) Error(loc, "rule " + g.id + ": unknown relation '" + name + "'");
          g.relations.push_back(name);
        }
      }
      std::string scope = t["scope"].value_or(std::string("match"));
      if (scope != "match" && scope != "sentence" && scope != "after") {
        Error(loc, "rule " + g.id + ": scope must be \"match\", \"sentence\" or \"after\"");
        return;
      }
      g.scope = scope == "sentence" ? Guard::Scope::kSentence
                : scope == "after"  ? Guard::Scope::kAfter
                                    : Guard::Scope::kMatch;
      g.pattern = Compile(t["pattern"].value_or(std::string()), loc, g.id);
      g.examples = ReadExamples(t, rel, g.id);
      if (g.pattern) rules_->guards.push_back(std::move(g));
    });
  }

  std::string dir_;
  std::unique_ptr<RuleSet> rules_;
  Diagnostics diags_;
  std::set<std::string> ids_;
};

}  // namespace

bool ExpandMacros(const std::string& pattern, const std::map<std::string, std::string>& macros,
                  std::string* out, std::string* error) {
  out->clear();
  for (size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {  // keep escapes, including \p{Lu}
      out->append(pattern, i, 2);
      ++i;
      if ((pattern[i] == 'p' || pattern[i] == 'P') && i + 1 < pattern.size() && pattern[i + 1] == '{') {
        size_t close = pattern.find('}', i);
        if (close == std::string::npos) close = pattern.size() - 1;
        out->append(pattern, i + 1, close - i);
        i = close;
      }
      continue;
    }
    if (c == '{' && i + 1 < pattern.size() && pattern[i + 1] >= 'A' && pattern[i + 1] <= 'Z') {
      size_t j = i + 1;
      while (j < pattern.size() && IsMacroNameChar(pattern[j])) ++j;
      if (j < pattern.size() && pattern[j] == '}') {
        std::string name = pattern.substr(i + 1, j - i - 1);
        auto it = macros.find(name);
        if (it == macros.end()) {
          *error = "unknown macro {" + name + "}";
          return false;
        }
        *out += "(?:" + it->second + ")";
        i = j;
        continue;
      }
    }
    out->push_back(c);
  }
  return true;
}

bool NameLexicon::IsCommonWord(std::string_view word) const {
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return common_words.count(lower) > 0;
}

std::vector<const RelationSchema*> RuleSet::TriggeredRelations(std::string_view words,
                                                               bool kinds_without_object) const {
  struct Hit {
    const RelationSchema* relation;
    size_t begin, end;
  };
  std::vector<Hit> hits;
  const re2::StringPiece input(words.data(), words.size());
  for (const auto& r : relations) {
    for (const Trigger& t : r->triggers) {
      if (!kinds_without_object && t.kind == "verb_object") continue;
      re2::StringPiece m[2];
      for (size_t pos = 0; pos < words.size() && t.pattern->Match(input, pos, words.size(), RE2::UNANCHORED, m, 2);) {
        const size_t b = static_cast<size_t>(m[1].data() - words.data());
        hits.push_back({r.get(), b, b + m[1].size()});
        pos = b + std::max<size_t>(m[1].size(), 1);
      }
    }
  }
  std::vector<const RelationSchema*> out;
  for (const Hit& h : hits) {
    bool inside_longer = false;
    for (const Hit& o : hits)
      inside_longer |= o.relation != h.relation && o.begin <= h.begin && h.end <= o.end &&
                       o.end - o.begin > h.end - h.begin;
    if (!inside_longer && std::find(out.begin(), out.end(), h.relation) == out.end()) out.push_back(h.relation);
  }
  return out;
}

const RelationSchema* RuleSet::FindRelation(const std::string& name) const {
  for (const auto& r : relations)
    if (r->name == name) return r.get();
  return nullptr;
}

int RuleSet::ParseNumber(std::string_view word) const {
  size_t digits = 0;
  while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9') ++digits;
  if (digits > 0 && digits <= 4) {
    std::string_view rest = word.substr(digits);
    if (rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th")
      return std::atoi(std::string(word.substr(0, digits)).c_str());
    return 0;
  }
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto it = number_words.find(lower);
  return it == number_words.end() ? 0 : it->second;
}

LoadedRules LoadRuleSet(const std::string& dir) { return Loader(dir).Load(); }

}  // namespace trawl
