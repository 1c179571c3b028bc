#pragma once

#include "objectsource.h"

#include <QByteArray>
#include <QList>

#include <memory>

class QIODevice;

namespace YAML {
class Node;
}

namespace lathe {

// Reads promptfoo test lists from YAML: either a top-level list of tests, or a promptfoo
// config whose "tests" key holds the list (its defaultTest.assert becomes the default
// scorers). The file is parsed whole (test files are small); values are typed by the YAML
// 1.2 core schema (plain true/false/null and numbers; quoted scalars are strings), and
// nested mappings and lists stay structured. Errors carry yaml-cpp's position.
class YamlReader final : public ObjectSource
{
    Q_DECLARE_TR_FUNCTIONS(YamlReader)
public:
    YamlReader(QIODevice *device, const QString &fileName);
    ~YamlReader() override;

    bool next(SourceObject &object) override;

private:
    bool load();
    bool mapTest(const YAML::Node &test, SourceObject &object);
    bool convert(const YAML::Node &node, QJsonValue &out, int depth);
    bool failAtMark(int pos, const QString &message);

    QIODevice *m_device;
    QString m_fileName;
    bool m_loaded = false;
    QList<YAML::Node> m_tests;
    qsizetype m_next = 0;
    qint64 m_bomSize = 0;  // bytes before the text yaml-cpp parses
    qint64 m_budget = 0;   // values left to convert; aliases can multiply a small file
};

} // namespace lathe
