// Role owner rules: the small named steps that give a role read without an owner the owner the
// text implies ("Ihr Vorsitzender" after a party, "der Chef des Unternehmens" after a company).
// They run after the meetings are read, in order, and the first owner found wins; each has a
// name, a one-line doc and an invented example, and RuleSwitches turns it off (ablation).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extraction/facts.h"
#include "extraction/meeting_rules.h"
#include "extraction/sentence_annotation.h"
#include "recognition/lexicons.h"

namespace newskg::extraction {

// What some rules ask of the whole article, found once per article when first asked.
struct RoleOwnerArticleFacts {
  std::optional<std::string> federation;  // "Deutschland", "Österreich" or "Schweiz"
  // The Länder the agency's regional service of the datelines covers ("(dpa/mv)"); empty when
  // none is given or the datelines disagree.
  std::optional<std::vector<std::string_view>> service_lands;
};

struct RoleOwnerContext {
  const ArticleFacts& facts;
  const std::vector<SentenceAnnotation>& sentences;
  const std::vector<RoleFact>& roles;
  const ArticleIndex& index;
  const recognition::Lexicons& lexicons;
  std::string_view label;  // the role's label, folded (text::FoldForMatch): asked by most rules
  RoleOwnerArticleFacts& article;
};

class RoleOwnerRule : public Rule {
 public:
  // The mention the role belongs to, if this rule finds one.
  virtual std::optional<std::size_t> Owner(const RoleOwnerContext& context, const RoleFact& role) const = 0;
  // An owner the article implies without naming it.
  struct Implied {
    std::string name;        // canonical; empty when none
    bool is_country = true;  // else a Land or province
    bool is_body = false;    // an organization ("Bundestag"), neither country nor Land
  };
  // Else the state, Land or federal body the role belongs to that the article does not name.
  virtual Implied ImpliedOwner(const RoleOwnerContext&, const RoleFact&) const { return {}; }
};

const std::vector<const RoleOwnerRule*>& RoleOwnerRules();

// Gives every role of `roles` without an owner the first owner a switched-on rule finds.
void InferRoleOwners(const ArticleFacts& facts, const std::vector<SentenceAnnotation>& sentences,
                     const ArticleIndex& index, const recognition::Lexicons& lexicons,
                     const RuleSwitches& switches, std::vector<RoleFact>& roles);

// "Kiels Trainerin X": gives a club's office (coach, captain, sporting director) whose owner is a
// town to the one organization the article names with that town as its last word ("der Aquaclub
// Kiel"), when it names one.
void GiveClubOfficesOfATownToItsClub(const ArticleFacts& facts, std::vector<RoleFact>& roles);

// "die Lahn-Dill-Kliniken ... Kliniken-Geschäftsführer X": gives an office whose owner is a
// compound's first part to the organization named before whose name holds that part.
void GiveCompoundPrefixesTheirFullName(const ArticleFacts& facts, std::vector<RoleFact>& roles);

// Marks the roles of `roles` that relate a person to another ("Tochter", "Ehemann").
void MarkKinship(std::vector<RoleFact>& roles);

}  // namespace newskg::extraction
