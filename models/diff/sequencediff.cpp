#include "sequencediff.h"

#include <dtl/dtl.hpp>

#include <cstddef>

namespace lathe {
namespace {

using Marks = std::vector<std::uint8_t>;

// Slides each run of marks on one side (`seq`, `marks`) with the other side's marks fixed:
// first up as far as equal elements allow (merging with earlier runs), then down as far as
// possible (merging with later runs), repeated while the run grows; finally back up to where
// it last lined up with a run on the other side, if it did. Every move swaps one marked element
// with an equal unmarked one, so the unmarked subsequence is unchanged.
void shiftBoundaries(const std::vector<int> &seq, Marks &marks, const Marks &other)
{
    const std::ptrdiff_t n = std::ptrdiff_t(seq.size());
    const std::ptrdiff_t m = std::ptrdiff_t(other.size());
    const auto marked = [&](std::ptrdiff_t k) { return k >= 0 && k < n && marks[std::size_t(k)]; };
    const auto otherMarked = [&](std::ptrdiff_t k) { return k >= 0 && k < m && other[std::size_t(k)]; };

    std::ptrdiff_t i = 0;   // position on this side
    std::ptrdiff_t j = 0;   // corresponding position on the other side
    for (;;) {
        // Find the next run; unmarked elements here pair with unmarked ones over there.
        while (i < n && !marks[std::size_t(i)]) {
            while (otherMarked(j))
                ++j;
            ++j;
            ++i;
        }
        if (i == n)
            break;
        std::ptrdiff_t start = i;
        while (marked(++i)) {}
        while (otherMarked(j))
            ++j;

        std::ptrdiff_t corresponding = n;
        std::ptrdiff_t runLength = 0;
        do {
            runLength = i - start;
            while (start > 0 && seq[std::size_t(start - 1)] == seq[std::size_t(i - 1)]) {
                marks[std::size_t(--start)] = 1;
                marks[std::size_t(--i)] = 0;
                while (marked(start - 1))
                    --start;
                while (otherMarked(--j)) {}
            }
            corresponding = otherMarked(j - 1) ? i : n;
            while (i != n && seq[std::size_t(start)] == seq[std::size_t(i)]) {
                marks[std::size_t(start++)] = 0;
                marks[std::size_t(i++)] = 1;
                while (marked(i))
                    ++i;
                while (otherMarked(++j))
                    corresponding = i;
            }
        } while (runLength != i - start);

        while (corresponding < i) {
            marks[std::size_t(--start)] = 1;
            marks[std::size_t(--i)] = 0;
            while (otherMarked(--j)) {}
        }
    }
}

} // namespace

void SequenceDiff::markChanges(const std::vector<int> &a, const std::vector<int> &b, int symbolCount,
                               Marks &changedA, Marks &changedB)
{
    changedA.assign(a.size(), 0);
    changedB.assign(b.size(), 0);

    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const std::size_t aEnd = a.size() - suffix;
    const std::size_t bEnd = b.size() - suffix;
    if (prefix == aEnd && prefix == bEnd)
        return;

    // An element whose symbol never occurs in the other side's middle cannot be common.
    Marks inA(std::size_t(symbolCount), 0);
    Marks inB(std::size_t(symbolCount), 0);
    for (std::size_t i = prefix; i < aEnd; ++i)
        inA[std::size_t(a[i])] = 1;
    for (std::size_t i = prefix; i < bEnd; ++i)
        inB[std::size_t(b[i])] = 1;
    std::vector<int> reducedA, reducedB;
    std::vector<std::size_t> mapA, mapB;
    for (std::size_t i = prefix; i < aEnd; ++i) {
        if (inB[std::size_t(a[i])]) {
            reducedA.push_back(a[i]);
            mapA.push_back(i);
        } else {
            changedA[i] = 1;
        }
    }
    for (std::size_t i = prefix; i < bEnd; ++i) {
        if (inA[std::size_t(b[i])]) {
            reducedB.push_back(b[i]);
            mapB.push_back(i);
        } else {
            changedB[i] = 1;
        }
    }

    if (reducedA.empty() || reducedB.empty()) {
        for (std::size_t i : mapA)
            changedA[i] = 1;
        for (std::size_t i : mapB)
            changedB[i] = 1;
    } else {
        dtl::Diff<int> diff(reducedA, reducedB);
        diff.compose();
        const auto ses = diff.getSes();
        for (const auto &element : ses.getSequence()) {
            const dtl::elemInfo &info = element.second;
            if (info.type == dtl::SES_DELETE)
                changedA[mapA[std::size_t(info.beforeIdx - 1)]] = 1;
            else if (info.type == dtl::SES_ADD)
                changedB[mapB[std::size_t(info.afterIdx - 1)]] = 1;
        }
    }

    shiftBoundaries(a, changedA, changedB);
    shiftBoundaries(b, changedB, changedA);
}

} // namespace lathe
