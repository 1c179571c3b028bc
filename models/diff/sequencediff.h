#pragma once

#include <cstdint>
#include <vector>

namespace lathe {

// Shortest edit script of two sequences of interned symbols (equal ints mean equal elements,
// symbols are in [0, symbolCount)). Marks, on each side, the elements outside one longest
// common subsequence; what stays unmarked on the left equals, in order, what stays unmarked on
// the right.
//
// Common prefix and suffix are stripped and elements absent from the other side are marked
// before the O(NP) search (Wu, Manber, Myers; dtl), so the search runs on the lines that could
// match. Each run of marks is then slid as far down as equal elements allow, as GNU diff does,
// so ambiguous insertions read naturally ("+X" then "+blank" after a blank line).
class SequenceDiff final
{
public:
    static void markChanges(const std::vector<int> &a, const std::vector<int> &b, int symbolCount,
                            std::vector<std::uint8_t> &changedA, std::vector<std::uint8_t> &changedB);
};

} // namespace lathe
