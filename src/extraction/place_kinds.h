// What kind of place a mention names, as the meeting and role owner rules ask it: a town, or a
// building or an institution within one.
#pragma once

#include "recognition/lexicons.h"
#include "recognition/mention.h"

namespace newskg::extraction {

// A town or city the text names: no state, region, site, building or venue of the article
// ("Ulm", not "Bayern", "Schloss Bellevue" or "das Bremer Rathaus").
bool IsTown(const recognition::Lexicons& lexicons, const recognition::Mention& mention);

// A town's quarter named after the town ("Kiel-Schilksee", "Berlin-Köpenick"), not a town of
// a double name ("Traben-Trarbach").
bool IsQuarter(const recognition::Lexicons& lexicons, const recognition::Mention& mention);

// A district named by its kind and town ("Landkreis Celle", "Kreis Soest") or in one word
// ("Erzgebirgskreis"), as recognition names them.
bool IsDistrict(const recognition::Mention& mention);

// Where a meeting can be inside a town: a building, site or street ("im Rathaus", "im Hotel
// Adlon", "im Ulmer Rathaus", "in der Wilhelmstraße") or an institution standing for its
// building ("im Innenministerium").
bool IsVenue(const recognition::Lexicons& lexicons, const recognition::Mention& mention);

}  // namespace newskg::extraction
