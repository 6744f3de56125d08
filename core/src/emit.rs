//! A serde serializer that writes a value as a Rust expression, so checked data can be compiled in as a `static`.
//!
//! Strings become `Cow::Borrowed("...")` and sequences `List::Static(&[...])`, matching the
//! `Text` and `List` types the data uses; structs and enum variants are written by name, so the
//! including module must have those names in scope.

use std::fmt::{self, Display, Write};

use serde::ser::{self, Serialize};

pub fn to_rust<T: Serialize>(value: &T) -> Result<String, Error> {
    let mut out = String::new();
    value.serialize(Writer { out: &mut out })?;
    Ok(out)
}

#[derive(Debug)]
pub struct Error(String);

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

struct Writer<'a> {
    out: &'a mut String,
}

/// Writes the items of a sequence, tuple or struct, then its closing text.
struct Items<'a> {
    out: &'a mut String,
    close: &'static str,
    first: bool,
}

impl Items<'_> {
    fn comma(&mut self) {
        if !self.first {
            self.out.push_str(", ");
        }
        self.first = false;
    }

    fn item<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(Writer { out: self.out })
    }

    fn field<T: ?Sized + Serialize>(&mut self, name: &str, value: &T) -> Result<(), Error> {
        self.comma();
        self.out.push_str(name);
        self.out.push_str(": ");
        value.serialize(Writer { out: self.out })
    }

    fn end(self) -> Result<(), Error> {
        self.out.push_str(self.close);
        Ok(())
    }
}

fn unsupported(what: &str) -> Error {
    Error(format!("{what} cannot be written as static data"))
}

impl<'a> ser::Serializer for Writer<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Items<'a>;
    type SerializeTuple = Items<'a>;
    type SerializeTupleStruct = Items<'a>;
    type SerializeTupleVariant = Items<'a>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = Items<'a>;
    type SerializeStructVariant = Items<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        write!(self.out, "{v}").map_err(ser::Error::custom)
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        write!(self.out, "{v}").map_err(ser::Error::custom)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        write!(self.out, "{v}").map_err(ser::Error::custom)
    }
    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        Err(unsupported("a float"))
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        Err(unsupported("a float"))
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write!(self.out, "{v:?}").map_err(ser::Error::custom)
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        // Debug formatting of a str is a valid Rust string literal.
        write!(self.out, "::std::borrow::Cow::Borrowed({v:?})").map_err(ser::Error::custom)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(unsupported("bytes"))
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.out.push_str("None");
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        self.out.push_str("Some(");
        value.serialize(Writer { out: self.out })?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.push_str("()");
        Ok(())
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<(), Error> {
        self.out.push_str(name);
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        write!(self.out, "{name}::{variant}").map_err(ser::Error::custom)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        write!(self.out, "{name}(").map_err(ser::Error::custom)?;
        value.serialize(Writer { out: self.out })?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        write!(self.out, "{name}::{variant}(").map_err(ser::Error::custom)?;
        value.serialize(Writer { out: self.out })?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Items<'a>, Error> {
        self.out.push_str("List::Static(&[");
        Ok(Items {
            out: self.out,
            close: "])",
            first: true,
        })
    }
    fn serialize_tuple(self, _: usize) -> Result<Items<'a>, Error> {
        self.out.push('(');
        Ok(Items {
            out: self.out,
            close: ")",
            first: true,
        })
    }
    fn serialize_tuple_struct(self, name: &'static str, _: usize) -> Result<Items<'a>, Error> {
        write!(self.out, "{name}(").map_err(ser::Error::custom)?;
        Ok(Items {
            out: self.out,
            close: ")",
            first: true,
        })
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Items<'a>, Error> {
        write!(self.out, "{name}::{variant}(").map_err(ser::Error::custom)?;
        Ok(Items {
            out: self.out,
            close: ")",
            first: true,
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(unsupported("a map"))
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Items<'a>, Error> {
        write!(self.out, "{name} {{ ").map_err(ser::Error::custom)?;
        Ok(Items {
            out: self.out,
            close: " }",
            first: true,
        })
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Items<'a>, Error> {
        write!(self.out, "{name}::{variant} {{ ").map_err(ser::Error::custom)?;
        Ok(Items {
            out: self.out,
            close: " }",
            first: true,
        })
    }
}

impl ser::SerializeSeq for Items<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.item(value)
    }
    fn end(self) -> Result<(), Error> {
        Items::end(self)
    }
}

impl ser::SerializeTuple for Items<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.item(value)
    }
    fn end(self) -> Result<(), Error> {
        Items::end(self)
    }
}

impl ser::SerializeTupleStruct for Items<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.item(value)
    }
    fn end(self) -> Result<(), Error> {
        Items::end(self)
    }
}

impl ser::SerializeTupleVariant for Items<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.item(value)
    }
    fn end(self) -> Result<(), Error> {
        Items::end(self)
    }
}

impl ser::SerializeStruct for Items<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        Items::end(self)
    }
}

impl ser::SerializeStructVariant for Items<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        Items::end(self)
    }
}
