//! Pleno documents (being built).
