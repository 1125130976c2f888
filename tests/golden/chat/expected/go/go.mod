module example.com/chatter

go 1.24
