#pragma once

#include <QtGlobal>

#include <string_view>
#include <vector>

namespace lathe {

// Gives n-grams dense ids so that metrics can count them in flat arrays, without allocating a
// string or a tuple per n-gram. Exact: ids are equal exactly when the n-grams are equal.
//
// A token (a string of code points) gets its id from token(); an n-gram of order n > 1 is the
// pair (id of its first n-1 tokens, id of its last token) and gets its id from pair(). Callers
// may also pass a raw code point as `last` (character n-grams), with kNone as the prefix of a
// single character, as long as one interner never mixes the two uses. All ids share one dense
// range [0, size()). With insert = false a missing entry yields kNone instead of a new id.
//
// Token views are stored, not copied: they must stay valid until clear(). clear() is O(1)
// (a generation counter), so one interner serves many segments. Not thread-safe.
class NgramInterner final
{
public:
    static constexpr quint32 kNone = 0xFFFFFFFFu;

    NgramInterner();

    quint32 token(std::u32string_view text, bool insert = true);
    quint32 pair(quint32 prefix, quint32 last, bool insert = true)
    {
        const quint64 key = (quint64(prefix) << 32) | last;
        const std::size_t mask = m_pairs.size() - 1;
        for (std::size_t i = pairSlot(key);; i = (i + 1) & mask) {
            PairSlot &s = m_pairs[i];
            if (s.generation != m_generation) {
                if (!insert)
                    return kNone;
                s = {key, m_next++, m_generation};
                if (++m_pairCount * 2 > m_pairs.size())
                    growPairs();
                return m_next - 1;
            }
            if (s.key == key)
                return s.id;
        }
    }

    quint32 size() const { return m_next; }
    void clear();

private:
    struct TokenSlot
    {
        const char32_t *data = nullptr;
        quint64 hash = 0;
        quint32 length = 0;
        quint32 id = 0;
        quint32 generation = 0;
    };
    struct PairSlot
    {
        quint64 key = 0;
        quint32 id = 0;
        quint32 generation = 0;
    };

    // Fibonacci hashing: the high bits of key * 2^64/phi, as many as the table needs.
    std::size_t pairSlot(quint64 key) const { return std::size_t((key * 0x9E3779B97F4A7C15ULL) >> m_pairShift); }
    void growTokens();
    void growPairs();

    std::vector<TokenSlot> m_tokens;
    std::vector<PairSlot> m_pairs;
    int m_pairShift = 0;  // 64 - log2(pair table size)
    quint32 m_tokenCount = 0;
    quint32 m_pairCount = 0;
    quint32 m_next = 0;
    quint32 m_generation = 1;
};

} // namespace lathe
