// record.cpp: writing the side tables (check.h): types and values of
// expressions (untyped ones provisionally, as types2's check.untyped map),
// object uses and definitions, implicit conversions, new objects and
// detail records.
#include "frontend/check/checker.h"

namespace goescape::check {

void Checker::RecordTypeAndValue(ast::ExprId e, Mode mode, TypeId t, const types::ConstValue* val) {
  if (!e.Valid() || mode == Mode::kInvalid) return;
  ExprInfo& info = Info(e);
  info.mode = mode;
  info.type = t;
  if (mode == Mode::kConstant && val) {
    info.value = prog_.AddValue(*val);
  } else {
    info.value = kNone;
  }
}

void Checker::Record(Operand& x) {
  TypeId typ;
  const types::ConstValue* val = nullptr;
  switch (x.mode) {
    case Mode::kInvalid:
      typ = Invalid();
      break;
    case Mode::kNoValue:
      typ = ts_.EmptyTuple();
      break;
    case Mode::kConstant:
      typ = x.type;
      val = &x.val;
      break;
    default:
      typ = x.type;
      break;
  }
  if (!x.expr.Valid()) return;
  if (typ.Valid() && ts_.IsUntyped(typ)) {
    UntypedInfo info;
    info.mode = x.mode;
    info.type = typ;
    if (val) info.val = *val;
    untyped_[UntypedKey(x.expr)] = std::move(info);
    return;
  }
  if (x.mode == Mode::kInvalid) {
    Info(x.expr).mode = Mode::kInvalid;
    Info(x.expr).type = Invalid();
    return;
  }
  RecordTypeAndValue(x.expr, x.mode, typ, val);
}

void Checker::RecordUntyped() {
  uint32_t saved = env_.file;
  // Deterministic order: by file, then expression id.
  std::vector<std::pair<uint64_t, UntypedInfo*>> list;
  for (auto& kv : untyped_) list.push_back({kv.first, &kv.second});
  std::sort(list.begin(), list.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [key, info] : list) {
    env_.file = static_cast<uint32_t>(key >> 32);
    ast::ExprId e(static_cast<uint32_t>(key & 0xFFFFFFFFu));
    RecordTypeAndValue(e, info->mode, info->type, info->val ? &*info->val : nullptr);
  }
  untyped_.clear();
  env_.file = saved;
}

void Checker::RecordUse(ast::ExprId name, ObjectId obj) {
  if (!name.Valid()) return;
  ExprInfo& info = Info(name);
  info.obj = obj;
  info.flags &= ~kExprDef;
}

void Checker::RecordDef(ast::ExprId name, ObjectId obj) {
  if (!name.Valid()) return;
  ExprInfo& info = Info(name);
  info.obj = obj;
  info.flags |= kExprDef;
}

void Checker::RecordConversion(const Operand& x, TypeId target) {
  if (!x.expr.Valid() || IsInvalid(target) || IsInvalid(x.type)) return;
  Conversion c;
  c.from = x.type;
  c.to = target;
  if (ts_.Identical(x.type, target) || x.mode == Mode::kNil ||
      x.type == Basic(types::BasicKind::kUntypedNil)) {
    c.kind = ConvKind::kNone;
  } else if (ts_.IsInterface(target)) {
    c.kind = ConvKind::kIface;
  } else {
    c.kind = ConvKind::kNop;
  }
  if (x.tuple_index >= 0) {
    auto& list = pkg_.tuple_convs_[{F().FileIndex(), x.expr.Index()}];
    if (list.size() <= static_cast<size_t>(x.tuple_index)) list.resize(x.tuple_index + 1);
    list[x.tuple_index] = c;
    Info(x.expr).flags |= kExprTupleConv;
    return;
  }
  Info(x.expr).conv = c;
}

ObjectId Checker::NewObj(ObjectKind kind, llvm::StringRef name, Pos pos, TypeId type) {
  Object o;
  o.kind = kind;
  o.name = prog_.Ctx().Intern(name);
  o.pkg = pkg_.id_;
  o.pos = pos;
  o.type = type;
  o.owner = env_.func;
  o.file = files_.empty() ? 0 : F().FileIndex();
  return prog_.NewObject(std::move(o));
}

ObjectId Checker::NewVar(llvm::StringRef name, Pos pos, TypeId type, VarRole role) {
  ObjectId id = NewObj(ObjectKind::kVar, name, pos, type);
  Obj(id).role = role;
  if (env_.func.Valid() && role != VarRole::kPackage) {
    pkg_.funcs_[env_.func.Index()].locals.push_back(id);
  }
  return id;
}

uint32_t Checker::NewDetail(ast::ExprId e, uint32_t index) {
  Info(e).detail = index;
  return index;
}

}  // namespace goescape::check
