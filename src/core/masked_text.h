// A sentence rendered for pattern matching: every mention is replaced by a
// slot "⟨TYPE:INDEX⟩" (INDEX is the mention's index in Mentions::mentions),
// the rest of the text is kept as it is. Patterns in rules/ are written over
// this form, so they can say "{SERIES} is created by {PEOPLE}".
//
// MaskedText keeps the map back to original byte offsets.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/types.h"

namespace trawl {

class MaskedText {
 public:
  // Renders text[span], replacing mentions[i] for i in `indices` (which must
  // be sorted by position, non-overlapping and inside span). `label` gives
  // the TYPE part of each slot.
  static MaskedText Render(std::string_view text, ByteSpan span, const std::vector<Mention>& mentions,
                           const std::vector<int>& indices,
                           const std::function<std::string_view(int)>& label);

  const std::string& text() const { return text_; }
  // A text made of the masked ranges [begin, end) of this one, in order,
  // joined by `glue` (which maps to no original bytes); the map back to the
  // original is kept. Ranges must not split a slot.
  MaskedText Excerpt(const std::vector<std::pair<size_t, size_t>>& ranges, std::string_view glue) const;
  // The same text with ASCII letters outside slots in lower case: headlines
  // are matched this way ("Renewed For" reads "renewed for").
  MaskedText Lowercased() const;
  // Original byte span of masked bytes [begin, end).
  ByteSpan ToOriginal(size_t begin, size_t end) const;
  // Mention indices of the slots that lie in masked bytes [begin, end).
  std::vector<int> SlotsIn(size_t begin, size_t end) const;
  // Where the slot of `mention` begins in the masked text (npos: no slot).
  size_t SlotBegin(int mention) const;
  // Where the slot of `mention` ends in the masked text (npos: no slot).
  size_t SlotEnd(int mention) const;
  // Whether [begin, end) touches a slot at all.
  bool TouchesSlot(size_t begin, size_t end) const;

 private:
  struct Piece {
    size_t masked_begin, masked_end;
    size_t orig_begin, orig_end;
    int mention;  // -1 for plain text
  };
  std::string text_;
  std::vector<Piece> pieces_;
};

}  // namespace trawl
