#include "spellingdictionaries.h"

#include <Sonnet/Speller>

#include <QCoreApplication>
#include <QPointer>

namespace lathe {

SpellingDictionaries *SpellingDictionaries::instance()
{
    static QPointer<SpellingDictionaries> instance;
    if (!instance)
        instance = new SpellingDictionaries(QCoreApplication::instance());
    return instance;
}

SpellingDictionaries::SpellingDictionaries(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    // Listing the dictionaries loads Sonnet's plugins; done here, before any worker runs.
    const Sonnet::Speller probe;
    m_languages = probe.availableLanguages();
    const QMap<QString, QString> dictionaries = probe.availableDictionaries();
    for (auto it = dictionaries.cbegin(); it != dictionaries.cend(); ++it)
        m_names.insert(it.value(), it.key());
}

SpellingDictionaries::~SpellingDictionaries()
{
    m_pool.waitForDone();
}

QString SpellingDictionaries::languageName(const QString &code) const
{
    return m_names.value(code, code);
}

Sonnet::Speller *SpellingDictionaries::speller(const QString &code)
{
    if (const auto it = m_spellers.find(code); it != m_spellers.end())
        return it->second.get();
    if (code.isEmpty() || !m_languages.contains(code) || m_loading.contains(code))
        return nullptr;
    m_loading.insert(code);
    m_pool.start([this, code] {
        auto speller = std::make_shared<Sonnet::Speller>(code);
        speller->isMisspelled(QStringLiteral("lathe")); // the first check loads the dictionary
        QMetaObject::invokeMethod(this, [this, code, speller] {
            m_loading.remove(code);
            m_spellers[code] = speller;
            Q_EMIT loaded(code);
        }, Qt::QueuedConnection);
    });
    return nullptr;
}

} // namespace lathe
