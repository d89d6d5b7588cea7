//! Files, standard input and the terminal's bytes: reading inputs whole and
//! bounded, writing outputs atomically, escaping other people's text.

pub mod bounded;
pub mod demo;
pub mod escape;
pub mod input;
pub mod line_guard;
pub mod output_file;
