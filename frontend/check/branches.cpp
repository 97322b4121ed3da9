// branches.cpp: gc's parser-level branch checks (syntax/branches.go) and
// types2's termination analysis (return.go).
//
// checkBranches walks a function body block by block (not into function
// literals, which are checked on their own): labels are declared per
// function, break/continue find their enclosing target statement, forward
// gotos are resolved when their label appears (and rejected if they jump
// over a variable declaration), gotos still unresolved at the end jump into
// a block or name an undefined label; unused labels are reported last.
// Targets are recorded in StmtInfo::target for the IR builder.
#include "frontend/ast/printer.h"
#include "frontend/check/checker.h"

namespace goescape::check {

namespace {

/// Block is a block of the branch check (syntax's block).
struct Block {
  const Block* parent;
  Pos start;
  ast::StmtId lstmt;  // labeled statement associated with the block
};

/// Label is a declared label.
struct Label {
  const Block* parent;
  ast::StmtId lstmt;
  bool used = false;
};

/// Targets are the enclosing break/continue targets.
struct Targets {
  ast::StmtId breaks;
  ast::StmtId continues;
  int case_index = -1;
};

/// BranchChecker checks one function body.
class BranchChecker {
 public:
  BranchChecker(Checker& c, const ast::File& f) : c_(c), f_(f) {}

  void Run(ast::StmtId body) {
    const auto& b = f_.Get<ast::BlockStmt>(body);
    std::vector<ast::StmtId> fwd =
        BlockBranches(nullptr, Targets(), ast::StmtId(), f_.PosOf(body), f_.Stmts(b.list));
    for (ast::StmtId g : fwd) {
      ast::ExprId label = f_.Get<ast::BranchStmt>(g).label;
      llvm::StringRef name = f_.Get<ast::Name>(label).value;
      auto it = index_.find(name);
      if (it != index_.end()) {
        Label& l = labels_[it->second];
        l.used = true;
        Err(f_.PosOf(label),
            "goto " + name.str() + " jumps into block starting at " + c_.Fmt(l.parent->start));
      } else {
        Err(f_.PosOf(label), "label " + name.str() + " not defined");
      }
    }
    for (const Label& l : labels_) {
      if (l.used) continue;
      ast::ExprId label = f_.Get<ast::LabeledStmt>(l.lstmt).label;
      Err(f_.PosOf(label),
          "label " + f_.Get<ast::Name>(label).value.str() + " defined and not used");
    }
  }

 private:
  void Err(Pos pos, const std::string& msg) {
    c_.MarkErrors();
    c_.sink_.Report(MakeDiag(DiagKind::Branch, pos, msg));
  }

  void SetTarget(ast::StmtId s, ast::StmtId target) { c_.T().stmts[s.Index()].target = target; }

  Label* Declare(const Block* b, ast::StmtId s) {
    ast::ExprId label = f_.Get<ast::LabeledStmt>(s).label;
    llvm::StringRef name = f_.Get<ast::Name>(label).value;
    auto it = index_.find(name);
    if (it != index_.end()) {
      ast::ExprId alt = f_.Get<ast::LabeledStmt>(labels_[it->second].lstmt).label;
      Err(f_.PosOf(label), "label " + name.str() + " already defined at " + c_.Fmt(f_.PosOf(alt)));
      return &labels_[it->second];
    }
    ObjectId obj = c_.NewObj(ObjectKind::kLabel, name, f_.PosOf(label), c_.Invalid());
    c_.Obj(obj).label_stmt = s;
    c_.T().stmts[s.Index()].obj = obj;
    c_.RecordDef(label, obj);
    index_[name] = labels_.size();
    labels_.push_back(Label{b, s, false});
    return &labels_.back();
  }

  // GotoTarget returns the labeled statement in b or an enclosing block.
  ast::StmtId GotoTarget(const Block* b, llvm::StringRef name) {
    auto it = index_.find(name);
    if (it == index_.end()) return ast::StmtId();
    Label& l = labels_[it->second];
    l.used = true;
    for (; b; b = b->parent) {
      if (l.parent == b) return l.lstmt;
    }
    return ast::StmtId();
  }

  // EnclosingTarget returns the labeled statement enclosing b; *invalid is
  // set if the label exists but does not enclose b.
  ast::StmtId EnclosingTarget(const Block* b, llvm::StringRef name, bool* invalid) {
    *invalid = false;
    auto it = index_.find(name);
    if (it == index_.end()) return ast::StmtId();
    Label& l = labels_[it->second];
    l.used = true;
    for (; b; b = b->parent) {
      if (l.lstmt == b->lstmt) return l.lstmt;
    }
    *invalid = true;
    return ast::StmtId();
  }

  std::vector<ast::StmtId> BlockBranches(const Block* parent, Targets ctxt, ast::StmtId lstmt,
                                         Pos start, llvm::ArrayRef<ast::StmtId> body) {
    blocks_.push_back(std::make_unique<Block>(Block{parent, start, lstmt}));
    const Block* b = blocks_.back().get();
    Pos var_pos;
    std::string var_name;
    std::vector<ast::StmtId> fwd_gotos, bad_gotos;
    auto record_var_decl = [&](Pos pos, std::string name) {
      var_pos = pos;
      var_name = std::move(name);
      bad_gotos = fwd_gotos;
    };
    auto jumps_over = [&](ast::StmtId g) {
      if (!var_pos.Known()) return false;
      for (ast::StmtId bad : bad_gotos) {
        if (bad == g) return true;
      }
      return false;
    };
    auto inner_block = [&](Targets t, Pos s, llvm::ArrayRef<ast::StmtId> list) {
      auto inner = BlockBranches(b, t, lstmt, s, list);
      fwd_gotos.insert(fwd_gotos.end(), inner.begin(), inner.end());
    };
    size_t n = body.size();
    while (n > 0 && f_.Kind(body[n - 1]) == ast::StmtKind::EmptyStmt) --n;
    for (size_t idx = 0; idx < n; ++idx) {
      ast::StmtId stmt = body[idx];
      lstmt = ast::StmtId();
      while (stmt.Valid() && f_.Kind(stmt) == ast::StmtKind::LabeledStmt) {
        const auto& ls = f_.Get<ast::LabeledStmt>(stmt);
        llvm::StringRef name = f_.Get<ast::Name>(ls.label).value;
        if (name != "_") {
          Label* l = Declare(b, stmt);
          std::vector<ast::StmtId> keep;
          for (ast::StmtId g : fwd_gotos) {
            ast::ExprId gl = f_.Get<ast::BranchStmt>(g).label;
            if (f_.Get<ast::Name>(gl).value == name) {
              SetTarget(g, stmt);
              l->used = true;
              if (jumps_over(g)) {
                Err(f_.PosOf(gl), "goto " + name.str() + " jumps over declaration of " + var_name +
                                      " at " + c_.Fmt(var_pos));
              }
            } else {
              keep.push_back(g);
            }
          }
          fwd_gotos = std::move(keep);
          lstmt = stmt;
        }
        stmt = ls.stmt;
      }
      if (!stmt.Valid()) continue;
      switch (f_.Kind(stmt)) {
        case ast::StmtKind::DeclStmt:
          for (ast::DeclId d : f_.Decls(f_.Get<ast::DeclStmt>(stmt).decls)) {
            if (const auto* vd = f_.TryGet<ast::VarDecl>(d)) {
              record_var_decl(f_.PosOf(d), ast::NodeString(f_, f_.Exprs(vd->names)[0]));
              break;
            }
          }
          break;
        case ast::StmtKind::BranchStmt: {
          const auto& bs = f_.Get<ast::BranchStmt>(stmt);
          if (!bs.label.Valid()) {
            switch (bs.kind) {
              case ast::BranchKind::kBreak:
                if (ctxt.breaks.Valid()) {
                  SetTarget(stmt, ctxt.breaks);
                } else {
                  Err(f_.PosOf(stmt), "break is not in a loop, switch, or select");
                }
                break;
              case ast::BranchKind::kContinue:
                if (ctxt.continues.Valid()) {
                  SetTarget(stmt, ctxt.continues);
                } else {
                  Err(f_.PosOf(stmt), "continue is not in a loop");
                }
                break;
              case ast::BranchKind::kFallthrough: {
                std::string msg = "fallthrough statement out of place";
                bool ok = false;
                if (ctxt.breaks.Valid() && f_.Kind(ctxt.breaks) == ast::StmtKind::SwitchStmt) {
                  const auto& sw = f_.Get<ast::SwitchStmt>(ctxt.breaks);
                  if (sw.tag.Valid() && f_.Kind(sw.tag) == ast::ExprKind::TypeSwitchGuard) {
                    msg = "cannot fallthrough in type switch";
                  } else if (ctxt.case_index < 0 || idx + 1 < n) {
                    // out of place
                  } else if (static_cast<size_t>(ctxt.case_index) + 1 == sw.body.size) {
                    msg = "cannot fallthrough final case in switch";
                  } else {
                    ok = true;
                  }
                }
                if (!ok) Err(f_.PosOf(stmt), msg);
                break;
              }
              case ast::BranchKind::kGoto:
                break;
            }
            break;
          }
          llvm::StringRef name = f_.Get<ast::Name>(bs.label).value;
          Pos lpos = f_.PosOf(bs.label);
          switch (bs.kind) {
            case ast::BranchKind::kBreak: {
              bool invalid;
              ast::StmtId t = EnclosingTarget(b, name, &invalid);
              if (t.Valid()) {
                ast::StmtId ts = f_.Get<ast::LabeledStmt>(t).stmt;
                ast::StmtKind k = ts.Valid() ? f_.Kind(ts) : ast::StmtKind::EmptyStmt;
                if (k == ast::StmtKind::SwitchStmt || k == ast::StmtKind::SelectStmt ||
                    k == ast::StmtKind::ForStmt) {
                  SetTarget(stmt, ts);
                } else {
                  Err(lpos, "invalid break label " + name.str());
                }
              } else if (invalid) {
                Err(lpos, "invalid break label " + name.str());
              } else {
                Err(lpos, "break label not defined: " + name.str());
              }
              break;
            }
            case ast::BranchKind::kContinue: {
              bool invalid;
              ast::StmtId t = EnclosingTarget(b, name, &invalid);
              if (t.Valid()) {
                ast::StmtId ts = f_.Get<ast::LabeledStmt>(t).stmt;
                if (ts.Valid() && f_.Kind(ts) == ast::StmtKind::ForStmt) {
                  SetTarget(stmt, ts);
                } else {
                  Err(lpos, "invalid continue label " + name.str());
                }
              } else if (invalid) {
                Err(lpos, "invalid continue label " + name.str());
              } else {
                Err(lpos, "continue label not defined: " + name.str());
              }
              break;
            }
            case ast::BranchKind::kGoto: {
              ast::StmtId t = GotoTarget(b, name);
              if (t.Valid()) {
                SetTarget(stmt, t);
              } else {
                fwd_gotos.push_back(stmt);
              }
              break;
            }
            case ast::BranchKind::kFallthrough:
              break;
          }
          break;
        }
        case ast::StmtKind::AssignStmt: {
          const auto& as = f_.Get<ast::AssignStmt>(stmt);
          if (as.op == ast::Operator::kDef)
            record_var_decl(f_.PosOf(stmt), ast::NodeString(f_, as.lhs));
          break;
        }
        case ast::StmtKind::BlockStmt: {
          const auto& bl = f_.Get<ast::BlockStmt>(stmt);
          inner_block(Targets{ctxt.breaks, ctxt.continues, -1}, f_.PosOf(stmt), f_.Stmts(bl.list));
          break;
        }
        case ast::StmtKind::IfStmt: {
          const auto& is = f_.Get<ast::IfStmt>(stmt);
          Targets t{ctxt.breaks, ctxt.continues, -1};
          inner_block(t, f_.PosOf(is.then), f_.Stmts(f_.Get<ast::BlockStmt>(is.then).list));
          if (is.els.Valid()) {
            ast::StmtId els[1] = {is.els};
            inner_block(t, f_.PosOf(is.els), els);
          }
          break;
        }
        case ast::StmtKind::ForStmt: {
          const auto& fs = f_.Get<ast::ForStmt>(stmt);
          inner_block(Targets{stmt, stmt, -1}, f_.PosOf(fs.body),
                      f_.Stmts(f_.Get<ast::BlockStmt>(fs.body).list));
          break;
        }
        case ast::StmtKind::SwitchStmt: {
          const auto& sw = f_.Get<ast::SwitchStmt>(stmt);
          Targets t{stmt, ctxt.continues, -1};
          auto clauses = f_.Stmts(sw.body);
          for (size_t i = 0; i < clauses.size(); ++i) {
            t.case_index = static_cast<int>(i);
            inner_block(t, f_.PosOf(clauses[i]),
                        f_.Stmts(f_.Get<ast::CaseClause>(clauses[i]).body));
          }
          break;
        }
        case ast::StmtKind::SelectStmt: {
          const auto& sel = f_.Get<ast::SelectStmt>(stmt);
          Targets t{stmt, ctxt.continues, -1};
          for (ast::StmtId cl : f_.Stmts(sel.body)) {
            inner_block(t, f_.PosOf(cl), f_.Stmts(f_.Get<ast::CommClause>(cl).body));
          }
          break;
        }
        default:
          break;
      }
    }
    return fwd_gotos;
  }

  Checker& c_;
  const ast::File& f_;
  std::vector<Label> labels_;
  llvm::DenseMap<llvm::StringRef, size_t> index_;
  std::vector<std::unique_ptr<Block>> blocks_;
};

}  // namespace

void Checker::CheckBranches(ast::StmtId body) {
  BranchChecker bc(*this, F());
  bc.Run(body);
}

// ------------------------------------------------------------- termination

namespace {

bool HasBreak(const ast::File& f, ast::StmtId s, llvm::StringRef label, bool implicit);

bool HasBreakList(const ast::File& f, llvm::ArrayRef<ast::StmtId> list, llvm::StringRef label,
                  bool implicit) {
  for (ast::StmtId s : list) {
    if (HasBreak(f, s, label, implicit)) return true;
  }
  return false;
}

bool HasBreak(const ast::File& f, ast::StmtId s, llvm::StringRef label, bool implicit) {
  if (!s.Valid()) return false;
  switch (f.Kind(s)) {
    case ast::StmtKind::LabeledStmt:
      return HasBreak(f, f.Get<ast::LabeledStmt>(s).stmt, label, implicit);
    case ast::StmtKind::BranchStmt: {
      const auto& bs = f.Get<ast::BranchStmt>(s);
      if (bs.kind == ast::BranchKind::kBreak) {
        if (!bs.label.Valid()) return implicit;
        if (f.Get<ast::Name>(bs.label).value == label) return true;
      }
      return false;
    }
    case ast::StmtKind::BlockStmt:
      return HasBreakList(f, f.Stmts(f.Get<ast::BlockStmt>(s).list), label, implicit);
    case ast::StmtKind::IfStmt: {
      const auto& is = f.Get<ast::IfStmt>(s);
      return HasBreak(f, is.then, label, implicit) ||
             (is.els.Valid() && HasBreak(f, is.els, label, implicit));
    }
    case ast::StmtKind::SwitchStmt:
      if (!label.empty()) {
        for (ast::StmtId cl : f.Stmts(f.Get<ast::SwitchStmt>(s).body)) {
          if (HasBreakList(f, f.Stmts(f.Get<ast::CaseClause>(cl).body), label, false)) return true;
        }
      }
      return false;
    case ast::StmtKind::SelectStmt:
      if (!label.empty()) {
        for (ast::StmtId cl : f.Stmts(f.Get<ast::SelectStmt>(s).body)) {
          if (HasBreakList(f, f.Stmts(f.Get<ast::CommClause>(cl).body), label, false)) return true;
        }
      }
      return false;
    case ast::StmtKind::ForStmt:
      return !label.empty() && HasBreak(f, f.Get<ast::ForStmt>(s).body, label, false);
    default:
      return false;
  }
}

}  // namespace

bool Checker::IsTerminatingList(llvm::ArrayRef<ast::StmtId> list, llvm::StringRef label) {
  for (size_t i = list.size(); i > 0; --i) {
    if (F().Kind(list[i - 1]) != ast::StmtKind::EmptyStmt) return IsTerminating(list[i - 1], label);
  }
  return false;
}

bool Checker::IsTerminating(ast::StmtId s, llvm::StringRef label) {
  const ast::File& f = F();
  if (!s.Valid()) return false;
  switch (f.Kind(s)) {
    case ast::StmtKind::LabeledStmt: {
      const auto& ls = f.Get<ast::LabeledStmt>(s);
      return IsTerminating(ls.stmt, f.Get<ast::Name>(ls.label).value);
    }
    case ast::StmtKind::ExprStmt: {
      ast::ExprId x = Unparen(f, f.Get<ast::ExprStmt>(s).x);
      return f.Kind(x) == ast::ExprKind::CallExpr && is_panic_.count(UntypedKey(x));
    }
    case ast::StmtKind::ReturnStmt:
      return true;
    case ast::StmtKind::BranchStmt: {
      auto k = f.Get<ast::BranchStmt>(s).kind;
      return k == ast::BranchKind::kGoto || k == ast::BranchKind::kFallthrough;
    }
    case ast::StmtKind::BlockStmt:
      return IsTerminatingList(f.Stmts(f.Get<ast::BlockStmt>(s).list), "");
    case ast::StmtKind::IfStmt: {
      const auto& is = f.Get<ast::IfStmt>(s);
      return is.els.Valid() && IsTerminating(is.then, "") && IsTerminating(is.els, "");
    }
    case ast::StmtKind::SwitchStmt: {
      bool has_default = false;
      for (ast::StmtId cl : f.Stmts(f.Get<ast::SwitchStmt>(s).body)) {
        const auto& cc = f.Get<ast::CaseClause>(cl);
        if (!cc.cases.Valid()) has_default = true;
        auto body = f.Stmts(cc.body);
        if (!IsTerminatingList(body, "") || HasBreakList(f, body, label, true)) return false;
      }
      return has_default;
    }
    case ast::StmtKind::SelectStmt:
      for (ast::StmtId cl : f.Stmts(f.Get<ast::SelectStmt>(s).body)) {
        auto body = f.Stmts(f.Get<ast::CommClause>(cl).body);
        if (!IsTerminatingList(body, "") || HasBreakList(f, body, label, true)) return false;
      }
      return true;
    case ast::StmtKind::ForStmt: {
      const auto& fs = f.Get<ast::ForStmt>(s);
      if (fs.init.Valid() && f.Kind(fs.init) == ast::StmtKind::RangeClause) return false;
      return !fs.cond.Valid() && !HasBreak(f, fs.body, label, true);
    }
    default:
      return false;
  }
}

}  // namespace goescape::check
