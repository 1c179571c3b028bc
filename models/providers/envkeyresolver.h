#pragma once

#include "keyresolver.h"

namespace lathe {

// Resolves "env:NAME" from the process environment. Other schemes are refused with an error
// naming the scheme, so a keychain reference used headless says what is missing.
class EnvKeyResolver final : public KeyResolver
{
public:
    KeyLookup resolve(const QString &keyRef) const override;
};

} // namespace lathe
