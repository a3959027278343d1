// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the signal tests check of an analysis, shared by the tests of each family.

#include "analysis/Analysis.h"
#include "core/analysis/signals/SignalScenario.h"

#include <gtest/gtest.h>

#include <QDate>
#include <QList>
#include <QString>

namespace hostreview::test {

using namespace Qt::StringLiterals;

inline QDate day(int month, int dayOfMonth)
{
    return QDate(2024, month, dayOfMonth);
}

inline void expectFires(const Analysis& a, const QString& code, const QString& subject)
{
    const Coverage* c = findCoverage(a, code);
    ASSERT_NE(c, nullptr);
    EXPECT_TRUE(c->evaluated) << code.toStdString() << " missing " << c->missing.toStdString();
    EXPECT_NE(findSignal(a, code, subject), nullptr)
        << code.toStdString() << " on " << subject.toStdString() << " should fire; " << describe(a);
}

inline void expectClear(const Analysis& a, const QString& code)
{
    const Coverage* c = findCoverage(a, code);
    ASSERT_NE(c, nullptr);
    EXPECT_TRUE(c->evaluated) << code.toStdString() << " missing " << c->missing.toStdString();
    EXPECT_EQ(countSignals(a, code), 0) << code.toStdString() << " should be clear; " << describe(a);
}

inline void expectNotEvaluated(const Analysis& a, const QString& code, const QString& missing)
{
    const Coverage* c = findCoverage(a, code);
    ASSERT_NE(c, nullptr);
    EXPECT_FALSE(c->evaluated) << code.toStdString() << " should not be evaluated";
    EXPECT_TRUE(c->missing.contains(missing))
        << code.toStdString() << ": missing \"" << c->missing.toStdString() << "\", expected " << missing.toStdString();
    EXPECT_EQ(countSignals(a, code), 0);
    // Left out of the index, not counted as clear.
    for (const IndexComponent& ic : a.breakdown) {
        if (ic.code == code) {
            EXPECT_FALSE(ic.evaluated);
        }
    }
}

inline QList<int> revisionsIn(const Signal& s)
{
    QList<int> revs;
    for (const Evidence& e : s.evidence) {
        if (e.kind == u"revision"_s)
            revs << e.rev;
    }
    return revs;
}

inline bool hasEvidence(const Signal& s, const QString& kind, const QString& id)
{
    return std::any_of(s.evidence.cbegin(), s.evidence.cend(), [&](const Evidence& e) {
        return e.kind == kind && (e.id == id || e.bid == id || e.requirement == id);
    });
}

} // namespace hostreview::test
