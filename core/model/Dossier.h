// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Enums.h"
#include "model/Moment.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace hostreview {

// The value types of one dossier, field for field as docs/format.md defines them.
// Optional members are std::optional so that an export writes back exactly the keys a file had;
// the accessors named after the spec's defaults give the value that applies.

struct DossierInfo
{
    QString id;
    QString title;
    std::optional<QString> applicant;
    std::optional<QString> authority;
    std::optional<Procedure> procedure;
    std::optional<Sensitivity> sensitivity;
    std::optional<QStringList> dataCategories;
    std::optional<QStringList> requiredCertifications;
    std::optional<QString> timezone;
    std::optional<QString> language;
    std::optional<bool> illustrative;
    std::optional<QString> summary;

    Procedure procedureOrDefault() const { return procedure.value_or(Procedure::Unknown); }
    Sensitivity sensitivityOrDefault() const { return sensitivity.value_or(Sensitivity::Personal); }
    QString timezoneOrDefault() const { return timezone.value_or(QStringLiteral("Europe/Paris")); }
    QTimeZone zone() const { return QTimeZone(timezoneOrDefault().toUtf8()); }
    bool isIllustrative() const { return illustrative.value_or(false); }
};

struct Source
{
    QString id;
    QString title;
    std::optional<QString> publisher;
    std::optional<QString> url;
    std::optional<Moment> date;
    std::optional<SourceKind> kind;
    std::optional<QString> excerpt;
    std::optional<bool> confidential;

    bool isConfidential() const { return confidential.value_or(false); }
};

struct Event
{
    QString id;
    EventKind kind = EventKind::Other;
    Moment at;
    std::optional<Moment> newDeadline; // only on deadline_extended, where it is required
    std::optional<QString> title;
    std::optional<QString> note;
    std::optional<QString> source;
};

struct RequirementRevision
{
    int rev = 1;
    Moment effectiveAt;
    std::optional<QString> text;
    std::optional<bool> mandatory;
    std::optional<double> weight;
    std::optional<RevisionStatus> status;
    std::optional<QString> rationale;
    std::optional<QString> source;

    bool isMandatory() const { return mandatory.value_or(false); }
    double weightOrDefault() const { return weight.value_or(1.0); }
    RevisionStatus statusOrDefault() const { return status.value_or(RevisionStatus::Active); }
    bool isActive() const { return statusOrDefault() == RevisionStatus::Active; }
};

struct Requirement
{
    QString id;
    std::optional<Category> category;
    std::optional<QString> title;
    QList<RequirementRevision> revisions; // rev 1, 2, ... in order; never empty in a valid dossier

    Category categoryOrDefault() const { return category.value_or(Category::Other); }
};

struct Certification
{
    QString scheme;
    std::optional<Moment> validFrom;
    std::optional<Moment> validUntil;
};

struct Vendor
{
    QString id;
    QString name;
    std::optional<QString> country;
    std::optional<QString> parent;
    std::optional<QString> parentCountry;
    QList<Certification> certifications;
    std::optional<QString> notes;
};

struct Price
{
    double amount = 0;
    std::optional<QString> currency;
};

struct Response
{
    QString requirement;
    int rev = 1;
    Compliance compliance = Compliance::None;
    std::optional<Moment> at; // defaults to the bid's submitted_at
    std::optional<QString> evidence;
    std::optional<bool> confidential;

    bool isConfidential() const { return confidential.value_or(false); }
};

struct Bid
{
    QString id;
    QString vendor;
    Moment submittedAt;
    std::optional<BidStatus> status;
    // The day the bid took `status` (docs/format.md, bids): before it the bid was submitted.
    // Without it the status holds from submission.
    std::optional<Moment> statusAt;
    std::optional<Price> price;
    std::optional<bool> confidential;
    QList<Response> responses;

    // The status at the end (after status_at, whatever the day).
    BidStatus statusOrDefault() const { return status.value_or(BidStatus::Submitted); }
    // The status on a calendar day of the dossier's zone: submitted before status_at's day.
    BidStatus statusOn(QDate day) const
    {
        return statusAt && day < statusAt->day() ? BidStatus::Submitted : statusOrDefault();
    }
    // The status on `day`, or at the end without a day.
    BidStatus statusOn(std::optional<QDate> day) const { return day ? statusOn(*day) : statusOrDefault(); }
    bool isConfidential() const { return confidential.value_or(false); }
    // When a response was given: its own `at`, else the bid's submission.
    const Moment& answeredAt(const Response& r) const { return r.at ? *r.at : submittedAt; }
};

struct Criterion
{
    QString criterion;
    std::optional<QString> title;
    std::optional<CriterionKind> kind;
    std::optional<AssessmentStatus> status;
    std::optional<QString> comment;
    std::optional<QString> source;

    AssessmentStatus statusOrDefault() const { return status.value_or(AssessmentStatus::NotAssessed); }
};

struct Claim
{
    QString id;
    ClaimKind kind = ClaimKind::Other;
    std::optional<QString> text;
    std::optional<QString> source;
};

struct Decision
{
    std::optional<Moment> decidedAt;
    std::optional<Moment> publishedAt;
    std::optional<Outcome> outcome;
    std::optional<QString> selectedVendor;
    std::optional<int> durationMonths;
    std::optional<QString> rationale;
    std::optional<QStringList> conditions;
    QList<Claim> claims;

    Outcome outcomeOrDefault() const { return outcome.value_or(Outcome::Pending); }
};

// A whole dossier. `analysisProfile` and `extensions` (the "x" object) are kept as compact JSON
// text exactly as read, empty when the file had none.
// When and by whom a revision was recorded in a review file (not part of the format).
struct Recording
{
    QString requirement;
    int rev = 0;
    QDateTime recordedAt;     // UTC
    QString author;           // empty when none was recorded
    bool withDossier = false; // recorded with the dossier's import (its dates are the source's)
};

// How many days after its effective day (in `zone`) a change was recorded, when more than one
// and it was entered by hand (not with an imported dossier): a late entry, shown as such.
std::optional<qint64> daysRecordedLate(const Moment& effective, const Recording& recording, const QTimeZone& zone);

// The ids of the criteria whose status (as assessed, or not assessed) is `status`, in order.
QStringList criteriaWith(const QList<Criterion>& assessment, AssessmentStatus status);

struct Dossier
{
    DossierInfo info;
    QList<Source> sources;
    QList<Event> events;
    QList<Requirement> requirements;
    QList<Vendor> vendors;
    QList<Bid> bids;
    QList<Criterion> assessment;
    std::optional<Decision> decision;
    QByteArray analysisProfile;
    QByteArray extensions;

    const Requirement* requirement(QStringView id) const;
    const Vendor* vendor(QStringView id) const;
    const Bid* bid(QStringView id) const;
    const Source* source(QStringView id) const;
};

} // namespace hostreview
