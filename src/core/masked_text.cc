#include "core/masked_text.h"

#include <algorithm>

namespace trawl {

MaskedText MaskedText::Render(std::string_view text, ByteSpan span, const std::vector<Mention>& mentions,
                              const std::vector<int>& indices,
                              const std::function<std::string_view(int)>& label) {
  MaskedText m;
  size_t pos = span.begin;
  auto plain = [&](size_t end) {
    if (end <= pos) return;
    m.pieces_.push_back({m.text_.size(), m.text_.size() + (end - pos), pos, end, -1});
    m.text_.append(text.substr(pos, end - pos));
    pos = end;
  };
  for (int i : indices) {
    const Mention& men = mentions[static_cast<size_t>(i)];
    plain(men.span.begin);
    std::string slot = "⟨";
    slot.append(label(i));
    slot += ':';
    slot += std::to_string(i);
    slot += "⟩";
    m.pieces_.push_back({m.text_.size(), m.text_.size() + slot.size(), men.span.begin, men.span.end, i});
    m.text_ += slot;
    pos = men.span.end;
  }
  plain(span.end);
  return m;
}

MaskedText MaskedText::Excerpt(const std::vector<std::pair<size_t, size_t>>& ranges, std::string_view glue) const {
  MaskedText out;
  for (size_t r = 0; r < ranges.size(); ++r) {
    const auto [begin, end] = ranges[r];
    if (r > 0 && !glue.empty()) {
      // Glue borrows the original position of what follows it.
      size_t at = end > begin ? ToOriginal(begin, begin + 1).begin : 0;
      out.pieces_.push_back({out.text_.size(), out.text_.size() + glue.size(), at, at, -1});
      out.text_.append(glue);
    }
    for (const Piece& p : pieces_) {
      const size_t b = std::max(begin, p.masked_begin), e = std::min(end, p.masked_end);
      if (b >= e) continue;
      Piece q = p;
      if (p.mention < 0) {
        q.orig_begin = p.orig_begin + (b - p.masked_begin);
        q.orig_end = q.orig_begin + (e - b);
      }
      q.masked_begin = out.text_.size();
      q.masked_end = q.masked_begin + (e - b);
      out.text_.append(text_, b, e - b);
      out.pieces_.push_back(q);
    }
  }
  return out;
}

MaskedText MaskedText::Lowercased() const {
  MaskedText out = *this;
  for (const Piece& p : out.pieces_) {
    if (p.mention >= 0) continue;
    for (size_t i = p.masked_begin; i < p.masked_end; ++i)
      if (out.text_[i] >= 'A' && out.text_[i] <= 'Z') out.text_[i] = static_cast<char>(out.text_[i] - 'A' + 'a');
  }
  return out;
}

ByteSpan MaskedText::ToOriginal(size_t begin, size_t end) const {
  ByteSpan out{0, 0};
  bool first = true;
  for (const Piece& p : pieces_) {
    if (p.masked_end <= begin || p.masked_begin >= end) continue;
    size_t ob, oe;
    if (p.mention >= 0) {
      ob = p.orig_begin;
      oe = p.orig_end;
    } else {
      ob = p.orig_begin + (std::max(begin, p.masked_begin) - p.masked_begin);
      oe = p.orig_begin + (std::min(end, p.masked_end) - p.masked_begin);
    }
    if (first) out = {ob, oe};
    out.begin = std::min(out.begin, ob);
    out.end = std::max(out.end, oe);
    first = false;
  }
  return out;
}

std::vector<int> MaskedText::SlotsIn(size_t begin, size_t end) const {
  std::vector<int> out;
  for (const Piece& p : pieces_)
    if (p.mention >= 0 && p.masked_begin >= begin && p.masked_end <= end) out.push_back(p.mention);
  return out;
}

size_t MaskedText::SlotBegin(int mention) const {
  for (const Piece& p : pieces_)
    if (p.mention == mention) return p.masked_begin;
  return std::string::npos;
}

size_t MaskedText::SlotEnd(int mention) const {
  for (const Piece& p : pieces_)
    if (p.mention == mention) return p.masked_end;
  return std::string::npos;
}

bool MaskedText::TouchesSlot(size_t begin, size_t end) const {
  for (const Piece& p : pieces_)
    if (p.mention >= 0 && p.masked_begin < end && begin < p.masked_end) return true;
  return false;
}

}  // namespace trawl
