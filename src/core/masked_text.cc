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

bool MaskedText::TouchesSlot(size_t begin, size_t end) const {
  for (const Piece& p : pieces_)
    if (p.mention >= 0 && p.masked_begin < end && begin < p.masked_end) return true;
  return false;
}

}  // namespace trawl
