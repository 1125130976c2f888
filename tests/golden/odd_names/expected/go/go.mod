module example.com/oddnames

go 1.24
