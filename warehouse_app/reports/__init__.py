"""Reports: the monthly stock report per owner organisation (figures in `monthly`, the
further sheets in `sheets`, the .xlsx in `xlsx`) and the hangar summary for coordinators."""
