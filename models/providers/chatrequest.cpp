#include "chatrequest.h"

#include <algorithm>

namespace lathe {

int ChatRequest::estimatedTokens() const
{
    qsizetype chars = 0;
    for (const ChatMessage &m : messages)
        chars += m.content.size();
    const int maxTokens = params.value(QLatin1StringView("max_tokens")).toInt(256);
    return int(std::min<qsizetype>(chars / 4, 1 << 24)) + std::max(maxTokens, 0);
}

} // namespace lathe
