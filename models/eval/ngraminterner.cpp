#include "ngraminterner.h"

namespace lathe {
namespace {

constexpr int kInitialBits = 8;
constexpr std::size_t kInitialCapacity = std::size_t(1) << kInitialBits;

quint64 mix(quint64 x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return x;
}

quint64 hashText(std::u32string_view text)
{
    quint64 h = 0x9E3779B97F4A7C15ULL ^ text.size();
    for (const char32_t c : text)
        h = (h ^ c) * 0x100000001B3ULL;
    return mix(h);
}

} // namespace

NgramInterner::NgramInterner()
    : m_tokens(kInitialCapacity)
    , m_pairs(kInitialCapacity)
    , m_pairShift(64 - kInitialBits)
{
}

void NgramInterner::clear()
{
    m_tokenCount = 0;
    m_pairCount = 0;
    m_next = 0;
    if (++m_generation == 0) {
        // After 2^32 clears, stale slots could look current again: wipe them once.
        for (TokenSlot &s : m_tokens)
            s.generation = 0;
        for (PairSlot &s : m_pairs)
            s.generation = 0;
        m_generation = 1;
    }
}

quint32 NgramInterner::token(std::u32string_view text, bool insert)
{
    const quint64 h = hashText(text);
    const std::size_t mask = m_tokens.size() - 1;
    for (std::size_t i = std::size_t(h) & mask;; i = (i + 1) & mask) {
        TokenSlot &s = m_tokens[i];
        if (s.generation != m_generation) {
            if (!insert)
                return kNone;
            s = {text.data(), h, quint32(text.size()), m_next++, m_generation};
            if (++m_tokenCount * 2 > m_tokens.size())
                growTokens();
            return m_next - 1;
        }
        if (s.hash == h && s.length == text.size() && std::u32string_view(s.data, s.length) == text)
            return s.id;
    }
}

void NgramInterner::growTokens()
{
    std::vector<TokenSlot> old(m_tokens.size() * 2);
    old.swap(m_tokens);
    const std::size_t mask = m_tokens.size() - 1;
    for (const TokenSlot &s : old) {
        if (s.generation != m_generation)
            continue;
        std::size_t i = std::size_t(s.hash) & mask;
        while (m_tokens[i].generation == m_generation)
            i = (i + 1) & mask;
        m_tokens[i] = s;
    }
}

void NgramInterner::growPairs()
{
    std::vector<PairSlot> old(m_pairs.size() * 2);
    old.swap(m_pairs);
    --m_pairShift;
    const std::size_t mask = m_pairs.size() - 1;
    for (const PairSlot &s : old) {
        if (s.generation != m_generation)
            continue;
        std::size_t i = pairSlot(s.key);
        while (m_pairs[i].generation == m_generation)
            i = (i + 1) & mask;
        m_pairs[i] = s;
    }
}

} // namespace lathe
