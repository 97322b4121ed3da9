// index.cpp: index and slice expressions and composite literals (types2's
// index.go and the CompositeLit case of expr.go), with constant index
// bounds checks, duplicate keys/indices, struct literal field matching,
// and the CompositeLitInfo records (elided types, element indices).
#include "frontend/check/checker.h"

namespace goescape::check {

using types::BasicKind;
using types::TypeKind;

void Checker::IndexExpr(Operand& x, ast::ExprId e, const ast::IndexExpr& ix) {
  ExprOrType(x, ix.x);
  switch (x.mode) {
    case Mode::kInvalid:
      UseExpr(ix.index);
      return;
    case Mode::kTypeExpr: {
      x.mode = Mode::kInvalid;
      Error(StartPos(ix.x), TypeStr(x.type) + " is not a generic type");
      return;
    }
    default:
      break;
  }
  bool valid = false;
  int64_t length = -1;
  TypeId u = Under(x.type);
  switch (ts_.Kind(u)) {
    case TypeKind::kBasic:
      if (ts_.IsString(u)) {
        valid = true;
        if (x.mode == Mode::kConstant) length = static_cast<int64_t>(x.val.StringVal().size());
        x.mode = Mode::kValue;
        x.type = Basic(BasicKind::kByte);
      }
      break;
    case TypeKind::kArray:
      valid = true;
      length = ts_.Get<types::ArrayType>(u).len;
      if (x.mode != Mode::kVariable) x.mode = Mode::kValue;
      x.type = ts_.Get<types::ArrayType>(u).elem;
      break;
    case TypeKind::kPointer: {
      const auto* a = ts_.TryGet<types::ArrayType>(Under(ts_.Get<types::PointerType>(u).elem));
      if (a) {
        valid = true;
        length = a->len;
        x.mode = Mode::kVariable;
        x.type = a->elem;
      }
      break;
    }
    case TypeKind::kSlice:
      valid = true;
      x.mode = Mode::kVariable;
      x.type = ts_.Get<types::SliceType>(u).elem;
      break;
    case TypeKind::kMap: {
      ast::ExprId index = SingleIndex(e, ix);
      if (!index.Valid()) {
        x.mode = Mode::kInvalid;
        return;
      }
      const auto& m = ts_.Get<types::MapType>(u);
      Operand key;
      Expr(key, index);
      Assignment(key, m.key, "map index");
      x.mode = Mode::kMapIndex;
      x.type = m.elem;
      x.expr = e;
      return;
    }
    default:
      break;
  }
  if (!valid) {
    Error(ExprPos(e), "invalid operation: cannot index " + OperandStr(x));
    x.mode = Mode::kInvalid;
    return;
  }
  ast::ExprId index = SingleIndex(e, ix);
  if (!index.Valid()) {
    x.mode = Mode::kInvalid;
    return;
  }
  if (!x.type.Valid()) x.type = Invalid();
  int64_t v;
  Index(index, length, &v);
}

ast::ExprId Checker::SingleIndex(ast::ExprId e, const ast::IndexExpr& ix) {
  ast::ExprId index = ix.index;
  if (!index.Valid()) {
    Error(StartPos(e), "invalid AST: missing index for " + ExprStr(ix.x));
    return ast::ExprId();
  }
  if (const auto* l = F().TryGet<ast::ListExpr>(index)) {
    auto elems = F().Exprs(l->elems);
    Error(StartPos(elems[1]), "invalid operation: more than one index");
    index = elems[0];
  }
  return index;
}

TypeId Checker::Index(ast::ExprId index, int64_t max, int64_t* val) {
  *val = -1;
  Operand x;
  Expr(x, index);
  if (!IsValidIndex(x, "index", false)) return Invalid();
  if (x.mode != Mode::kConstant) return x.type;
  if (x.val.IsUnknown()) return Invalid();
  auto v = x.val.Int64Val();
  if (!v) return Invalid();
  if (max >= 0 && *v >= max) {
    Error(PosOf(x), "invalid argument: index " + x.val.String() +
                        " out of bounds [0:" + std::to_string(max) + "]");
    return Invalid();
  }
  *val = *v;
  return x.type;
}

bool Checker::IsValidIndex(Operand& x, const char* what, bool allow_negative) {
  if (x.mode == Mode::kInvalid) return false;
  ConvertUntyped(x, Basic(BasicKind::kInt));
  if (x.mode == Mode::kInvalid) return false;
  if (!ts_.IsInteger(x.type)) {
    Error(PosOf(x),
          std::string("invalid argument: ") + what + " " + OperandStr(x) + " must be integer");
    return false;
  }
  if (x.mode == Mode::kConstant) {
    if (!allow_negative && x.val.Sign() < 0) {
      Error(PosOf(x), std::string("invalid argument: ") + what + " " + OperandStr(x) +
                          " must not be negative");
      return false;
    }
    if (!RepresentableConst(x.val, Basic(BasicKind::kInt), &x.val)) {
      Error(PosOf(x),
            std::string("invalid argument: ") + what + " " + OperandStr(x) + " overflows int");
      return false;
    }
  }
  return true;
}

void Checker::SliceExpr(Operand& x, ast::ExprId e, const ast::SliceExpr& sx) {
  Expr(x, sx.x);
  if (x.mode == Mode::kInvalid) {
    Use({sx.lo, sx.hi, sx.max});
    return;
  }
  bool valid = false;
  int64_t length = -1;
  TypeId u = Under(x.type);
  switch (ts_.Kind(u)) {
    case TypeKind::kBasic:
      if (ts_.IsString(u)) {
        if (sx.full) {
          ast::ExprId at = sx.max.Valid() ? sx.max : e;
          Error(sx.max.Valid() ? StartPos(at) : ExprPos(e),
                "invalid operation: 3-index slice of string");
          x.mode = Mode::kInvalid;
          return;
        }
        valid = true;
        if (x.mode == Mode::kConstant) length = static_cast<int64_t>(x.val.StringVal().size());
        if (ts_.IsUntyped(x.type)) x.type = Basic(BasicKind::kString);
      }
      break;
    case TypeKind::kArray:
      valid = true;
      length = ts_.Get<types::ArrayType>(u).len;
      if (x.mode != Mode::kVariable) {
        Error(PosOf(x), "invalid operation: " + OperandStr(x) + " (slice of unaddressable value)");
        x.mode = Mode::kInvalid;
        return;
      }
      Info(e).flags |= kExprImplicitAddr;
      x.type = ts_.NewSlice(ts_.Get<types::ArrayType>(u).elem);
      break;
    case TypeKind::kPointer: {
      const auto* a = ts_.TryGet<types::ArrayType>(Under(ts_.Get<types::PointerType>(u).elem));
      if (a) {
        valid = true;
        length = a->len;
        x.type = ts_.NewSlice(a->elem);
      }
      break;
    }
    case TypeKind::kSlice:
      valid = true;
      break;
    default:
      break;
  }
  if (!valid) {
    Error(PosOf(x), "invalid operation: cannot slice " + OperandStr(x));
    x.mode = Mode::kInvalid;
    return;
  }
  x.mode = Mode::kValue;
  if (sx.full && (!sx.hi.Valid() || !sx.max.Valid())) {
    Error(ExprPos(e), "invalid AST: 2nd and 3rd index required in 3-index slice");
    x.mode = Mode::kInvalid;
    return;
  }
  ast::ExprId idx[3] = {sx.lo, sx.hi, sx.max};
  int64_t ind[3];
  size_t n = sx.full ? 3 : 2;
  for (size_t i = 0; i < n; ++i) {
    int64_t v = -1;
    if (idx[i].Valid()) {
      int64_t max = length >= 0 ? length + 1 : -1;
      int64_t got;
      Index(idx[i], max, &got);
      if (got >= 0) v = got;
    } else if (i == 0) {
      v = 0;
    } else if (length >= 0) {
      v = length;
    }
    ind[i] = v;
  }
  for (size_t i = 0; i + 1 < n; ++i) {
    int64_t a = ind[i];
    if (a <= 0) continue;
    bool reported = false;
    for (size_t j = i + 1; j < n; ++j) {
      if (ind[j] >= 0 && ind[j] < a) {
        Error(StartPos(idx[j]),
              "invalid slice indices: " + std::to_string(ind[j]) + " < " + std::to_string(a));
        reported = true;
        break;
      }
    }
    if (reported) break;
  }
}

int64_t Checker::IndexedElts(llvm::ArrayRef<ast::ExprId> elts, TypeId typ, int64_t length,
                             CompositeLitInfo* info) {
  const ast::File& f = F();
  llvm::DenseSet<int64_t> visited;
  int64_t index = 0, max = 0;
  for (ast::ExprId e : elts) {
    bool valid_index = false;
    ast::ExprId eval = e;
    if (const auto* kv = f.TryGet<ast::KeyValueExpr>(e)) {
      int64_t i;
      TypeId t = Index(kv->key, length, &i);
      if (t != Invalid()) {
        if (i >= 0) {
          index = i;
          valid_index = true;
        } else {
          Error(StartPos(e), "index " + ExprStr(kv->key) + " must be integer constant");
        }
      }
      eval = kv->value;
    } else if (length >= 0 && index >= length) {
      Error(StartPos(e), "index " + std::to_string(index) +
                             " is out of bounds (>= " + std::to_string(length) + ")");
    } else {
      valid_index = true;
    }
    if (valid_index) {
      if (!visited.insert(index).second) {
        Error(StartPos(e),
              "duplicate index " + std::to_string(index) + " in array or slice literal");
      }
    }
    info->index.push_back(index);
    ++index;
    if (index > max) max = index;
    Operand x;
    ExprWithHint(x, eval, typ);
    Assignment(x, typ, "array or slice literal");
  }
  return max;
}

void Checker::CompositeLit(Operand& x, ast::ExprId e, const ast::CompositeLit& cl, TypeId hint) {
  const ast::File& f = F();
  auto elems = f.Exprs(cl.elems);
  TypeId typ, base;
  CompositeLitInfo info;
  bool open_array = false;
  if (cl.type.Valid()) {
    const auto* at = f.TryGet<ast::ArrayType>(cl.type);
    if (at && !at->len.Valid()) {
      base = VarType(at->elem);
      open_array = true;
    } else {
      typ = Typ(cl.type);
      base = typ;
    }
  } else if (hint.Valid()) {
    typ = hint;
    base = typ;
    if (const auto* p = ts_.TryGet<types::PointerType>(Under(typ))) {
      base = p->elem;
      info.elided_addr = true;
    }
  } else {
    Error(StartPos(e), "missing type in composite literal");
    x.mode = Mode::kInvalid;
    return;
  }
  if (open_array) {
    TypeId elem = base;
    info.index.clear();
    int64_t n = IndexedElts(elems, elem, -1, &info);
    typ = ts_.NewArray(elem, n);
    base = typ;
    RecordTypeAndValue(cl.type, Mode::kTypeExpr, typ, nullptr);
    info.array_len = n;
  } else {
    TypeId u = Under(base);
    switch (ts_.Kind(u)) {
      case TypeKind::kStruct: {
        if (elems.empty()) break;
        auto fields = ts_.Fields(u);
        if (f.Kind(elems[0]) == ast::ExprKind::KeyValueExpr) {
          std::vector<bool> visited(fields.size());
          for (ast::ExprId el : elems) {
            const auto* kv = f.TryGet<ast::KeyValueExpr>(el);
            if (!kv) {
              Error(StartPos(el), "mixture of field:value and value elements in struct literal");
              info.index.push_back(-1);
              continue;
            }
            const auto* key = f.TryGet<ast::Name>(kv->key);
            Operand v;
            Expr(v, kv->value);
            if (!key) {
              Error(ExprPos(el), "invalid field name " + ExprStr(kv->key) + " in struct literal");
              info.index.push_back(-1);
              continue;
            }
            int i = -1;
            if (key->value != "_") {
              for (size_t k = 0; k < fields.size(); ++k) {
                if (fields[k].name == key->value &&
                    (!fields[k].pkg.Valid() || fields[k].pkg == pkg_.id_)) {
                  i = static_cast<int>(k);
                  break;
                }
              }
            }
            if (i < 0) {
              Error(ExprPos(kv->key), "unknown field '" + key->value.str() +
                                          "' in struct literal of type " + TypeStr(base));
              info.index.push_back(-1);
              continue;
            }
            info.index.push_back(i);
            Assignment(v, fields[i].type, "struct literal");
            if (visited[i]) {
              Error(ExprPos(el), "duplicate field name " + key->value.str() + " in struct literal");
              continue;
            }
            visited[i] = true;
          }
        } else {
          for (size_t i = 0; i < elems.size(); ++i) {
            ast::ExprId el = elems[i];
            if (f.Kind(el) == ast::ExprKind::KeyValueExpr) {
              Error(ExprPos(el), "mixture of field:value and value elements in struct literal");
              info.index.push_back(-1);
              continue;
            }
            Operand v;
            Expr(v, el);
            if (i >= fields.size()) {
              Error(PosOf(v), "too many values in " + TypeStr(base) + "{…}");
              break;
            }
            info.index.push_back(static_cast<int64_t>(i));
            const types::FieldInfo& fld = fields[i];
            bool exported = !fld.pkg.Valid();
            if (!exported && fld.pkg != pkg_.id_) {
              Error(PosOf(v), "implicit assignment to unexported field " + fld.name.str() + " in " +
                                  TypeStr(typ) + " literal");
              continue;
            }
            Assignment(v, fld.type, "struct literal");
          }
          if (elems.size() < fields.size()) {
            Error(cl.rbrace, "too few values in " + TypeStr(base) + "{…}");
          }
        }
        break;
      }
      case TypeKind::kArray: {
        const auto& a = ts_.Get<types::ArrayType>(u);
        IndexedElts(elems, a.elem, a.len, &info);
        info.array_len = a.len;
        break;
      }
      case TypeKind::kSlice:
        IndexedElts(elems, ts_.Get<types::SliceType>(u).elem, -1, &info);
        break;
      case TypeKind::kMap: {
        const auto& m = ts_.Get<types::MapType>(u);
        bool key_iface = ts_.IsInterface(m.key);
        std::map<std::string, std::vector<TypeId>> visited;
        for (ast::ExprId el : elems) {
          info.index.push_back(-1);
          const auto* kv = f.TryGet<ast::KeyValueExpr>(el);
          if (!kv) {
            Error(StartPos(el), "missing key in map literal");
            continue;
          }
          Operand k;
          ExprWithHint(k, kv->key, m.key);
          Assignment(k, m.key, "map literal");
          if (k.mode == Mode::kInvalid) continue;
          if (k.mode == Mode::kConstant) {
            std::string key = k.val.KeyString();
            bool dup = false;
            auto& types_seen = visited[key];
            if (key_iface) {
              for (TypeId t : types_seen) {
                if (ts_.Identical(t, k.type)) dup = true;
              }
              types_seen.push_back(k.type);
            } else {
              dup = !types_seen.empty();
              types_seen.push_back(k.type);
            }
            if (dup) {
              Error(PosOf(k), "duplicate key " + k.val.String() + " in map literal");
              continue;
            }
          }
          Operand v;
          ExprWithHint(v, kv->value, m.elem);
          Assignment(v, m.elem, "map literal");
        }
        break;
      }
      default: {
        for (ast::ExprId el : elems) {
          if (const auto* kv = f.TryGet<ast::KeyValueExpr>(el)) el = kv->value;
          UseExpr(el);
        }
        if (u != Invalid()) {
          Error(StartPos(e), "invalid composite literal type " + TypeStr(typ));
        }
        x.mode = Mode::kInvalid;
        return;
      }
    }
  }
  info.type = info.elided_addr ? base : typ;
  pkg_.complits_.push_back(std::move(info));
  NewDetail(e, static_cast<uint32_t>(pkg_.complits_.size() - 1));
  x.mode = Mode::kValue;
  x.type = typ;
}

}  // namespace goescape::check
